import { decodeWindows1252, parseCsv } from '@relais/domain';
import type { CsvTable } from './column-guess';

/** The largest file the API takes (its MAX_CSV_BYTES). */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type CsvFileProblem = 'tooLarge' | 'empty' | 'noRows' | 'unreadable';

export type CsvFileResult =
  { ok: true; table: CsvTable; separator: string } | { ok: false; problem: CsvFileProblem };

/**
 * The text of a file as the API decodes it: UTF-8 (with or without a byte order mark), or else
 * Windows-1252, as Excel writes plain CSV in France.
 */
export async function decodeCsv(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Reads a chosen file in the browser: its header and rows, for the preview and the mapping. */
export async function readCsvFile(file: Blob): Promise<CsvFileResult> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, problem: 'tooLarge' };
  let text: string;
  try {
    text = await decodeCsv(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const { records, separator } = parseCsv(text);
  const [header, ...rows] = records;
  if (!header || header.fields.every((name) => name.trim() === '')) {
    return { ok: false, problem: 'empty' };
  }
  if (rows.length === 0) return { ok: false, problem: 'noRows' };
  return {
    ok: true,
    separator,
    table: {
      columns: header.fields,
      rows: rows.map((row) => row.fields),
      lines: rows.map((row) => row.line),
    },
  };
}
