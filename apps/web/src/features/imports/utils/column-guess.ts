import {
  IMPORT_FIELDS,
  normalizeLabel,
  parseImportDate,
  parseImportPriority,
  parseImportStatus,
  type DateOrder,
  type ImportField,
} from '@relais/domain';

/** A CSV as read in the browser: its column names, and its rows (fields by column index). */
export interface CsvTable {
  columns: string[];
  rows: string[][];
  /** Line of the file each row starts on (the header is line 1), as the API reports bad rows. */
  lines: number[];
}

/** The column (as named in the header) chosen for each field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** A header label as compared: no case, accents or punctuation (`Section/Column` → `section column`). */
export function headerKey(label: string): string {
  return normalizeLabel(label)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Headers each field is guessed from, best first: what Trello, Asana and ClickUp exports and
 * French spreadsheets call them.
 */
const HEADER_GUESSES: Record<ImportField, readonly string[]> = {
  title: [
    'title',
    'name',
    'task name',
    'card name',
    'task title',
    'task',
    'titre',
    'nom',
    'nom de la tache',
    'tache',
    'intitule',
    'summary',
    'subject',
  ],
  description: [
    'description',
    'card description',
    'task content',
    'notes',
    'note',
    'content',
    'details',
    'desc',
    'contenu',
  ],
  dueDate: [
    'due date',
    'due',
    'due on',
    'due at',
    'deadline',
    'echeance',
    'date d echeance',
    'date limite',
    'date de fin',
  ],
  assigneeEmail: [
    'assignee email',
    'assignee e mail',
    'assigned to email',
    'owner email',
    'email',
    'e mail',
    'courriel',
    'assignee',
    'assignees',
    'assigned to',
    'responsable',
    'assigne a',
  ],
  status: [
    'status',
    'statut',
    'task status',
    'state',
    'etat',
    'due complete',
    'completed at',
    'completed',
    'list name',
    'list',
    'liste',
    'section column',
    'section',
    'column',
    'colonne',
  ],
  priority: ['priority', 'priorite', 'importance', 'urgence'],
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a value must look like for a column to be guessed for the field. */
const READS: Partial<Record<ImportField, (value: string) => boolean>> = {
  dueDate: (value) =>
    parseImportDate(value, { timeZone: 'UTC', dateOrder: 'dmy' }) !== undefined ||
    parseImportDate(value, { timeZone: 'UTC', dateOrder: 'mdy' }) !== undefined,
  status: (value) => parseImportStatus(value) !== undefined,
  priority: (value) => parseImportPriority(value) !== undefined,
  assigneeEmail: (value) => EMAIL.test(value),
};

/** Share of a column's filled cells the field must read for the column to be guessed. */
const MIN_READABLE = 0.8;

/**
 * Whether the field can read the column: a Trello list named "Ideas" is no status, and Asana's
 * "Assignee" holds names, not emails. Either would turn every row into a bad row.
 */
function readable(field: ImportField, table: CsvTable, index: number): boolean {
  const reads = READS[field];
  if (!reads) return true;
  const values = table.rows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0) return true;
  return values.filter(reads).length / values.length >= MIN_READABLE;
}

/** The distinct, named columns of the header, in its order: what a field can be mapped to. */
export function columnChoices(columns: readonly string[]): string[] {
  return [...new Set(columns.map((name) => name.trim()).filter((name) => name !== ''))];
}

/**
 * A first mapping from the header's names (and, for dates, statuses, priorities and emails, the
 * values under them): each column serves one field at most.
 */
export function guessMapping(table: CsvTable): ColumnMapping {
  const keys = table.columns.map(headerKey);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    for (const label of HEADER_GUESSES[field]) {
      const index = keys.findIndex(
        (key, i) =>
          key === label &&
          !used.has(i) &&
          table.columns[i].trim() !== '' &&
          readable(field, table, i),
      );
      if (index >= 0) {
        used.add(index);
        mapping[field] = table.columns[index].trim();
        break;
      }
    }
  }
  return mapping;
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/;

/**
 * How the column writes numeric dates like 03/04/2026: `dmy` when a first number is over 12,
 * `mdy` when a second one is, `null` when the column has no such date or never tells.
 */
export function guessDateOrder(values: readonly string[]): {
  numeric: boolean;
  order: DateOrder | null;
} {
  let numeric = false;
  let dmy = 0;
  let mdy = 0;
  for (const value of values) {
    const match = NUMERIC_DATE.exec(value.trim());
    if (!match) continue;
    numeric = true;
    if (Number(match[1]) > 12) dmy += 1;
    else if (Number(match[2]) > 12) mdy += 1;
  }
  if (dmy === mdy) return { numeric, order: null };
  return { numeric, order: dmy > mdy ? 'dmy' : 'mdy' };
}

/** The values of a named column (its first occurrence, as the API reads it). */
export function columnValues(table: CsvTable, column: string | undefined): string[] {
  if (!column) return [];
  const index = table.columns.findIndex((name) => name.trim() === column);
  return index < 0 ? [] : table.rows.map((row) => row[index] ?? '');
}
