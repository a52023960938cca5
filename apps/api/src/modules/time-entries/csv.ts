/** Writing CSV that spreadsheets open as they should. */

/** UTF-8 byte order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null;

/** Text a spreadsheet would run as a formula (CSV injection): it is kept as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: quoted when it holds the separator, a quote or a line break (quotes doubled, as
 * RFC 4180 says); text starting like a formula gets a leading apostrophe.
 */
export function csvField(value: CsvValue, separator: string): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, ended by CRLF. */
export function csvLine(values: readonly CsvValue[], separator: string): string {
  return `${values.map((value) => csvField(value, separator)).join(separator)}\r\n`;
}
