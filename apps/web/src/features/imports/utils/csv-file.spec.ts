import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, readCsvFile } from './csv-file';

const csv = (content: BlobPart) => new File([content], 'export.csv', { type: 'text/csv' });

describe('readCsvFile', () => {
  it('reads the header and the rows with the line each starts on', async () => {
    const result = await readCsvFile(csv('\uFEFFName,Notes\r\nA,"two\r\nlines"\r\nB,\r\n'));
    expect(result).toEqual({
      ok: true,
      separator: ',',
      table: {
        columns: ['Name', 'Notes'],
        rows: [
          ['A', 'two\r\nlines'],
          ['B', ''],
        ],
        lines: [2, 4],
      },
    });
  });

  it('reads a French Excel file: semicolons, Windows-1252', async () => {
    // "Tâche;Échéance" then "Cœur de l’offre;15/03/2026" in Windows-1252
    const bytes = new Uint8Array([
      ...[0x54, 0xe2, 0x63, 0x68, 0x65, 0x3b, 0xc9, 0x63, 0x68, 0xe9, 0x61, 0x6e, 0x63, 0x65, 0x0a],
      ...[0x43, 0x9c, 0x75, 0x72, 0x20, 0x64, 0x65, 0x20, 0x6c, 0x92, 0x6f, 0x66, 0x66, 0x72, 0x65],
      ...[0x3b, 0x31, 0x35, 0x2f, 0x30, 0x33, 0x2f, 0x32, 0x30, 0x32, 0x36],
    ]);
    const result = await readCsvFile(csv(bytes));
    expect(result).toMatchObject({
      ok: true,
      separator: ';',
      table: { columns: ['Tâche', 'Échéance'], rows: [['Cœur de l’offre', '15/03/2026']] },
    });
  });

  it('says what is wrong with a file it cannot use', async () => {
    expect(await readCsvFile(csv(''))).toEqual({ ok: false, problem: 'empty' });
    expect(await readCsvFile(csv('Name,Due\n'))).toEqual({ ok: false, problem: 'noRows' });
    expect(await readCsvFile(csv(new Uint8Array(MAX_CSV_BYTES + 1)))).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });
});
