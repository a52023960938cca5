/**
 * CSV import of tasks (Trello, Asana, ClickUp exports): the fields a column can be mapped to, and
 * how the values those tools write are read. Each reader returns the value, `null` for an empty
 * cell, or `undefined` when the value cannot be read (the row is then reported as bad).
 */
import { isCalendarDate, localDateIn } from './kpi';
import type { TaskPriority, TaskStatus } from './records';

/** Task fields a CSV column can be mapped to; `title` is required. */
export const IMPORT_FIELDS = [
  'title',
  'description',
  'dueDate',
  'assigneeEmail',
  'status',
  'priority',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The CSV column (its header) of each mapped field. */
export type ImportMapping = { title: string } & Partial<
  Record<Exclude<ImportField, 'title'>, string>
>;

/** How to read `03/04/2026`: 3 April (`dmy`, the French way) or March 4 (`mdy`, American exports). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** GET /api/workspaces/:ws/imports/:id: what a progress bar needs. */
export interface TaskImportResponse {
  id: string;
  projectId: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  /** Bad rows by line of the file (the header is line 1). */
  errors: { line: number; message: string }[];
  createdAt: string;
  finishedAt: string | null;
}

/** Lower case, no accents, `_` and `-` as spaces, single spaces. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, labels] of entries) for (const label of labels) map.set(label, value);
  return map;
}

// the words of Trello lists, Asana sections and ClickUp statuses, in English and French
const STATUS_LABELS = table<TaskStatus>([
  [
    'todo',
    [
      'todo',
      'to do',
      'a faire',
      'open',
      'new',
      'backlog',
      'not started',
      'ouvert',
      'false',
      'no',
      'non',
      '0',
    ],
  ],
  ['in_progress', ['in progress', 'doing', 'en cours', 'started', 'wip', 'active']],
  ['in_review', ['in review', 'review', 'to review', 'en revue', 'a valider', 'a relire', 'qa']],
  [
    'done',
    [
      'done',
      'complete',
      'completed',
      'closed',
      'finished',
      'fait',
      'fini',
      'termine',
      'terminee',
      'true',
      'yes',
      'oui',
      'x',
      '1',
    ],
  ],
]);

const PRIORITY_LABELS = table<TaskPriority>([
  ['low', ['low', 'lowest', 'basse', 'bas', 'faible', 'p4']],
  ['normal', ['normal', 'normale', 'medium', 'moyenne', 'moyen', 'none', 'aucune', 'p3']],
  ['high', ['high', 'haute', 'haut', 'elevee', 'important', 'importante', 'p2']],
  ['urgent', ['urgent', 'urgente', 'highest', 'critical', 'critique', 'p1']],
]);

/**
 * A status as the tools write it (`Done`, `En cours`, `To Do`, `Complete`, TRUE…). A date
 * (Asana's "Completed At") means done.
 */
export function parseImportStatus(value: string, timeZone = 'UTC'): TaskStatus | null | undefined {
  const label = normalizeLabel(value);
  if (label === '') return null;
  const status = STATUS_LABELS.get(label);
  if (status) return status;
  return parseImportDate(value, { timeZone }) ? 'done' : undefined;
}

export function parseImportPriority(value: string): TaskPriority | null | undefined {
  const label = normalizeLabel(value);
  if (label === '') return null;
  return PRIORITY_LABELS.get(label);
}

const MONTHS = table<number>([
  [1, ['jan', 'january', 'janv', 'janvier']],
  [2, ['feb', 'february', 'fev', 'fevr', 'fevrier']],
  [3, ['mar', 'march', 'mars']],
  [4, ['apr', 'april', 'avr', 'avril']],
  [5, ['may', 'mai']],
  [6, ['jun', 'june', 'juin']],
  [7, ['jul', 'july', 'juil', 'juillet']],
  [8, ['aug', 'august', 'aout']],
  [9, ['sep', 'sept', 'september', 'septembre']],
  [10, ['oct', 'october', 'octobre']],
  [11, ['nov', 'november', 'novembre']],
  [12, ['dec', 'december', 'decembre']],
]);

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/;
const EPOCH_MS = /^\d{12,13}$/;

function ymd(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/**
 * A due date as exports write it, as a calendar date: `2026-03-15`, an instant
 * (`2026-03-15T17:00:00.000Z`, Trello; dated in the workspace's time zone), Unix milliseconds
 * (ClickUp), `15/03/2026` or `03/15/2026` (by `dateOrder`), `March 15th, 2026`,
 * `Friday, March 15th 2026`, `15 mars 2026`.
 */
export function parseImportDate(
  value: string,
  options: { timeZone: string; dateOrder?: DateOrder },
): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (ISO_DATE.test(text)) return isCalendarDate(text) ? text : undefined;
  if (ISO_INSTANT.test(text) || EPOCH_MS.test(text)) {
    const instant = new Date(EPOCH_MS.test(text) ? Number(text) : text);
    return Number.isNaN(instant.getTime()) ? undefined : localDateIn(instant, options.timeZone);
  }
  const local = ISO_LOCAL.exec(text);
  if (local) return isCalendarDate(local[1]) ? local[1] : undefined;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return (options.dateOrder ?? 'dmy') === 'dmy'
      ? ymd(year, second, first)
      : ymd(year, first, second);
  }
  return parseWrittenDate(text);
}

/** `March 15th, 2026`, `Fri, 15 Mar 2026`, `15 mars 2026`: a month name, a day and a year. */
function parseWrittenDate(text: string): string | undefined {
  const words = normalizeLabel(text)
    .replace(/[,.]/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const named = MONTHS.get(word);
    if (named !== undefined) {
      if (month !== undefined) return undefined;
      month = named;
      continue;
    }
    const number = /^(\d{1,4})(st|nd|rd|th|er)?$/.exec(word);
    if (!number) continue;
    const n = Number(number[1]);
    if (number[1].length === 4 && year === undefined) year = n;
    else if (number[1].length <= 2 && day === undefined) day = n;
    else return undefined;
  }
  if (month === undefined || day === undefined || year === undefined) return undefined;
  return ymd(year, month, day);
}
