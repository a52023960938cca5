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

/**
 * Why a row was not imported (or, on line 0, why the import as a whole stopped), by code, with
 * what a client needs to say it in its own language. The codes are the keys of this table.
 */
export interface ImportReasonParams {
  /** The row has cells past the header's last column. */
  extra_fields: { fields: number; columns: number };
  title_empty: Record<string, never>;
  title_too_long: { max: number };
  description_too_long: { max: number };
  invalid_date: { value: string };
  unknown_status: { value: string };
  unknown_priority: { value: string };
  /** Not an active member working for the project's client (as written in the file). */
  unknown_assignee: { email: string };
  /** A quoted field left open swallows the end of the file. */
  unclosed_quote: Record<string, never>;
  project_missing: Record<string, never>;
  no_header: Record<string, never>;
  /** The job kept failing; `detail` is the technical error, in English. */
  import_stopped: { detail: string };
}
export type ImportReasonCode = keyof ImportReasonParams;

/** One reason, e.g. `{ code: 'invalid_date', params: { value: 'someday' } }`. */
export type ImportReason = {
  [C in ImportReasonCode]: { code: C; params: ImportReasonParams[C] };
}[ImportReasonCode];

// the English the API writes in `message`, for clients that do not read the codes
const REASON_MESSAGES: {
  [C in ImportReasonCode]: (params: ImportReasonParams[C]) => string;
} = {
  extra_fields: ({ fields, columns }) => `${fields} fields where the header has ${columns}`,
  title_empty: () => 'the title is empty',
  title_too_long: ({ max }) => `the title is longer than ${max} characters`,
  description_too_long: ({ max }) => `the description is longer than ${max} characters`,
  invalid_date: ({ value }) => `"${value}" is not a date`,
  unknown_status: ({ value }) =>
    `unknown status "${value}" (to do, in progress, in review or done)`,
  unknown_priority: ({ value }) => `unknown priority "${value}" (low, normal, high or urgent)`,
  unknown_assignee: ({ email }) =>
    `${email} is not an active member working for this project's client`,
  unclosed_quote: () => 'a quoted field is not closed',
  project_missing: () => 'the project no longer exists',
  no_header: () => 'the CSV has no header line',
  import_stopped: ({ detail }) => `the import stopped: ${detail}`,
};

export const IMPORT_REASON_CODES = Object.keys(REASON_MESSAGES) as ImportReasonCode[];

export function isImportReasonCode(value: unknown): value is ImportReasonCode {
  return typeof value === 'string' && Object.hasOwn(REASON_MESSAGES, value);
}

/** The English message of a row's reasons, `; ` between them. */
export function importReasonsMessage(reasons: readonly ImportReason[]): string {
  return reasons
    .map(({ code, params }) => (REASON_MESSAGES[code] as (p: typeof params) => string)(params))
    .join('; ');
}

/** A bad row (the header is line 1), or on line 0 why the import as a whole stopped. */
export interface ImportRowError {
  line: number;
  /** In English. */
  message: string;
  /** The same as codes, one per problem; empty on errors recorded before there were codes. */
  reasons: ImportReason[];
}

/** GET /api/workspaces/:ws/imports/:id: what a progress bar needs. */
export interface TaskImportResponse {
  id: string;
  projectId: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  /** Bad rows by line of the file (the header is line 1). */
  errors: ImportRowError[];
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
