import { parseImportDate, parseImportPriority, parseImportStatus } from './task-import';

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
