/**
 * CSV as spreadsheets and project tools export it (RFC 4180 and its common variants): `,` or
 * `;` (or tab) separators, fields in double quotes holding separators, quotes (`""`) and line
 * breaks, CRLF or LF line ends, a UTF-8 byte order mark. Lenient where exports are sloppy: a
 * quote inside an unquoted field is kept as is, text after a closing quote is kept.
 */

export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separators a CSV export may be asked for (`?separator=`), by name: a URL carries a word
 * better than `;`. Semicolon is what French spreadsheets expect.
 */
export const CSV_SEPARATOR_NAMES = ['comma', 'semicolon'] as const;
export type CsvSeparatorName = (typeof CSV_SEPARATOR_NAMES)[number];

/** The character each separator name writes. */
export const CSV_SEPARATOR_CHARS: Readonly<Record<CsvSeparatorName, CsvSeparator>> = {
  comma: ',',
  semicolon: ';',
};

export interface CsvRecord {
  /** Line of the file (1-based) on which the record starts, for error messages. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  separator: CsvSeparator;
  records: CsvRecord[];
  /** A quoted field left open at the end of the file: the records before it are complete. */
  error?: { line: number; message: string };
}

export interface CsvParseOptions {
  /** Detected from the first line when absent. */
  separator?: CsvSeparator;
  /** Stop after this many records (e.g. 1 to read the header of a large file). */
  maxRecords?: number;
}

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The separator of the first line, outside quotes: the most frequent of `,`, `;` and tab
 * (`,` when none or on a tie). French spreadsheets export with `;`.
 */
export function detectSeparator(text: string): CsvSeparator {
  const source = stripBom(text);
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && counts.has(char as CsvSeparator)) {
      counts.set(char as CsvSeparator, counts.get(char as CsvSeparator)! + 1);
    }
  }
  let best: CsvSeparator = ',';
  for (const separator of SEPARATORS) {
    if (counts.get(separator)! > counts.get(best)!) best = separator;
  }
  return best;
}

/** Parses the text into records; blank lines are skipped. */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const source = stripBom(text);
  const separator = options.separator ?? detectSeparator(source);
  const maxRecords = options.maxRecords ?? Infinity;
  const records: CsvRecord[] = [];
  const length = source.length;
  let i = 0;
  let line = 1;

  while (i < length && records.length < maxRecords) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let endOfRecord = false;

    while (!endOfRecord) {
      if (i < length && source[i] === '"' && field === '') {
        // a quoted field: up to the closing quote, `""` being one quote
        quoted = true;
        i++;
        for (;;) {
          const close = source.indexOf('"', i);
          if (close === -1) {
            return {
              separator,
              records,
              error: { line: startLine, message: 'a quoted field is not closed' },
            };
          }
          const chunk = source.slice(i, close);
          line += countLineBreaks(chunk);
          field += chunk;
          i = close + 1;
          if (source[i] === '"') {
            field += '"';
            i++;
          } else {
            break;
          }
        }
      }
      // the unquoted part (or what follows a closing quote) runs to a separator or a line end
      const start = i;
      while (i < length && source[i] !== separator && source[i] !== '\n' && source[i] !== '\r') {
        i++;
      }
      field += source.slice(start, i);
      fields.push(field);
      field = '';
      if (i >= length) {
        endOfRecord = true;
      } else if (source[i] === separator) {
        i++;
        quoted = false;
      } else {
        // CRLF, LF or a lone CR
        if (source[i] === '\r' && source[i + 1] === '\n') i++;
        i++;
        line++;
        endOfRecord = true;
      }
    }

    const blank = fields.length === 1 && fields[0] === '' && !quoted;
    if (!blank) records.push({ line: startLine, fields });
  }
  return { separator, records };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') count++;
    else if (char === '\r' && text[i + 1] !== '\n') count++;
  }
  return count;
}

/** What Windows-1252 has at 0x80–0x9F, where latin1 has control characters (5 bytes unused). */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const DECODE_CHUNK = 8192;

/**
 * Text of Windows-1252 bytes, as Excel writes plain CSV in France: latin1 plus œ, ’, €, “ ”… at
 * 0x80–0x9F. Written out because Node's TextDecoder reads that label as latin1 (and browsers
 * do not): the web client and the API must see the same header.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + DECODE_CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
