import { describe, expect, it } from 'vitest';
import {
  columnChoices,
  columnValues,
  guessDateOrder,
  guessMapping,
  headerKey,
  type CsvTable,
} from './column-guess';

function table(columns: string[], ...rows: string[][]): CsvTable {
  return { columns, rows, lines: rows.map((_, i) => i + 2) };
}

describe('guessMapping', () => {
  it('maps a Trello export: card name, description, due date, and "Due Complete" as the status', () => {
    const trello = table(
      [
        'Card ID',
        'Card Name',
        'Card URL',
        'Card Description',
        'Labels',
        'Members',
        'Due Date',
        'Due Complete',
        'List Name',
      ],
      [
        'a1',
        'Write the post',
        'https://trello.com/c/a1',
        'Draft',
        '',
        'lea',
        '2026-03-15T17:00:00.000Z',
        'true',
        'Ideas',
      ],
      ['a2', 'Record the video', 'https://trello.com/c/a2', '', '', '', '', 'false', 'Backlog'],
    );
    expect(guessMapping(trello)).toEqual({
      title: 'Card Name',
      description: 'Card Description',
      dueDate: 'Due Date',
      status: 'Due Complete',
    });
  });

  it('maps an Asana export: the assignee’s email rather than the name, "Completed At" as the status', () => {
    const asana = table(
      [
        'Task ID',
        'Created At',
        'Completed At',
        'Name',
        'Section/Column',
        'Assignee',
        'Assignee Email',
        'Due Date',
        'Notes',
      ],
      [
        '1',
        '2026-01-02',
        '2026-01-05',
        'Send the invoice',
        'Admin',
        'Léa Moreau',
        'lea@example.com',
        '2026-01-04',
        'Before Friday',
      ],
      ['2', '2026-01-02', '', 'Book the venue', 'Events', '', '', '', ''],
    );
    expect(guessMapping(asana)).toEqual({
      title: 'Name',
      description: 'Notes',
      dueDate: 'Due Date',
      assigneeEmail: 'Assignee Email',
      status: 'Completed At',
    });
  });

  it('maps a ClickUp export, priority included', () => {
    const clickUp = table(
      ['Task ID', 'Task Name', 'Task Content', 'Status', 'Due Date', 'Assignees', 'Priority'],
      ['x1', 'Plan the launch', 'Outline', 'in progress', '1773590400000', '[Léa Moreau]', 'high'],
      ['x2', 'Pick a date', '', 'to do', '', '', 'urgent'],
    );
    expect(guessMapping(clickUp)).toEqual({
      title: 'Task Name',
      description: 'Task Content',
      status: 'Status',
      dueDate: 'Due Date',
      priority: 'Priority',
    });
  });

  it('reads French headers whatever their case and accents', () => {
    const french = table(
      ['TITRE', 'Échéance', 'Priorité', 'statut', 'E-mail'],
      ['Relancer Marc', '15/03/2026', 'Haute', 'À faire', 'lea@example.com'],
    );
    expect(guessMapping(french)).toEqual({
      title: 'TITRE',
      dueDate: 'Échéance',
      priority: 'Priorité',
      status: 'statut',
      assigneeEmail: 'E-mail',
    });
  });

  it('leaves out a column whose values the field cannot read: custom Trello lists are no status', () => {
    const lists = table(
      ['Name', 'List Name', 'Due Date'],
      ['A', 'Ideas', 'someday'],
      ['B', 'Waiting on client', 'next week'],
      ['C', 'Done', ''],
    );
    expect(guessMapping(lists)).toEqual({ title: 'Name' });
  });

  it('gives each column to one field at most, and skips unnamed columns', () => {
    expect(guessMapping(table(['', 'Status'], ['A', 'Done']))).toEqual({ status: 'Status' });
    expect(guessMapping(table(['Something', 'Else'], ['A', 'B']))).toEqual({});
  });

  it('names the column as the API will look it up: trimmed', () => {
    expect(guessMapping(table([' Task Name '], ['A']))).toEqual({ title: 'Task Name' });
  });
});

describe('guessDateOrder', () => {
  it('tells day first from month first by a number over 12', () => {
    expect(guessDateOrder(['03/04/2026', '15/04/2026'])).toEqual({ numeric: true, order: 'dmy' });
    expect(guessDateOrder(['03/04/2026', '04/15/2026'])).toEqual({ numeric: true, order: 'mdy' });
  });

  it('cannot tell when every number is 12 or less, and sees no numeric dates in ISO ones', () => {
    expect(guessDateOrder(['03/04/2026', '', '01.02.2026'])).toEqual({
      numeric: true,
      order: null,
    });
    expect(guessDateOrder(['2026-03-15', 'March 15th, 2026'])).toEqual({
      numeric: false,
      order: null,
    });
  });
});

describe('helpers', () => {
  it('compares headers without case, accents or punctuation', () => {
    expect(headerKey(' Section/Column ')).toBe('section column');
    expect(headerKey('Date d’échéance')).toBe('date d echeance');
  });

  it('offers each named column once', () => {
    expect(columnChoices(['Name', ' Name', '', 'Due'])).toEqual(['Name', 'Due']);
  });

  it('reads the values of the first column of a name', () => {
    const t = table(['Name', 'Due', 'Due'], ['A', '1', '2'], ['B', '3', '4']);
    expect(columnValues(t, 'Due')).toEqual(['1', '3']);
    expect(columnValues(t, undefined)).toEqual([]);
  });
});
