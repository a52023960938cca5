import {
  IMPORT_REASON_CODES,
  importReasonsMessage,
  isImportReasonCode,
  parseImportDate,
  parseImportPriority,
  parseImportStatus,
} from './task-import';

describe('parseImportDate', () => {
  const paris = { timeZone: 'Europe/Paris' };

  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T17:00:00.000Z', '2026-03-15'],
    // Trello: 23:30 UTC is the next day in Paris
    ['2026-03-15T23:30:00.000Z', '2026-03-16'],
    ['2026-03-15 09:00', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['15/03/2026 18:00', '2026-03-15'],
    ['March 15th, 2026', '2026-03-15'],
    ['Sunday, March 15th 2026', '2026-03-15'],
    ['15 mars 2026', '2026-03-15'],
    ['1er février 2026', '2026-02-01'],
    ['1773532800000', '2026-03-15'],
  ])('reads %s as %s', (value, date) => {
    expect(parseImportDate(value, paris)).toBe(date);
  });

  it('reads slashes month first when told', () => {
    expect(parseImportDate('03/15/2026', { ...paris, dateOrder: 'mdy' })).toBe('2026-03-15');
    expect(parseImportDate('03/15/2026', paris)).toBeUndefined();
  });

  it('answers null for an empty cell and undefined for what is not a date', () => {
    expect(parseImportDate('  ', paris)).toBeNull();
    for (const value of ['2026-02-30', 'tomorrow', '31/02/2026', 'March 2026', '12']) {
      expect(parseImportDate(value, paris)).toBeUndefined();
    }
  });
});

describe('parseImportStatus', () => {
  it.each([
    ['Done', 'done'],
    ['Complete', 'done'],
    ['TRUE', 'done'],
    ['Terminé', 'done'],
    ['2026-03-01T10:00:00.000Z', 'done'],
    ['To Do', 'todo'],
    ['à faire', 'todo'],
    ['Backlog', 'todo'],
    ['In Progress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['En cours', 'in_progress'],
    ['Review', 'in_review'],
  ])('reads %s as %s', (value, status) => {
    expect(parseImportStatus(value)).toBe(status);
  });

  it('answers null when empty and undefined when unknown', () => {
    expect(parseImportStatus('')).toBeNull();
    expect(parseImportStatus('Blocked')).toBeUndefined();
  });
});

describe('parseImportPriority', () => {
  it.each([
    ['High', 'high'],
    ['Haute', 'high'],
    ['Medium', 'normal'],
    ['basse', 'low'],
    ['Urgent', 'urgent'],
    ['Élevée', 'high'],
  ])('reads %s as %s', (value, priority) => {
    expect(parseImportPriority(value)).toBe(priority);
  });

  it('answers null when empty and undefined when unknown', () => {
    expect(parseImportPriority(' ')).toBeNull();
    expect(parseImportPriority('whenever')).toBeUndefined();
  });
});

describe('import reasons', () => {
  it('tells its codes from other words', () => {
    expect(IMPORT_REASON_CODES).toEqual(
      expect.arrayContaining(['title_empty', 'invalid_date', 'unknown_assignee', 'import_stopped']),
    );
    expect(isImportReasonCode('unknown_status')).toBe(true);
    expect(isImportReasonCode('toString')).toBe(false);
    expect(isImportReasonCode(undefined)).toBe(false);
  });

  it('writes the English message of a row from its codes and their values', () => {
    expect(
      importReasonsMessage([
        { code: 'invalid_date', params: { value: 'someday' } },
        { code: 'unknown_priority', params: { value: 'whenever' } },
      ]),
    ).toBe('"someday" is not a date; unknown priority "whenever" (low, normal, high or urgent)');
    expect(
      importReasonsMessage([{ code: 'extra_fields', params: { fields: 5, columns: 3 } }]),
    ).toBe('5 fields where the header has 3');
    expect(
      importReasonsMessage([{ code: 'import_stopped', params: { detail: 'connection lost' } }]),
    ).toBe('the import stopped: connection lost');
  });
});
