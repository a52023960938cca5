import { decodeWindows1252, detectSeparator, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads comma-separated records with CRLF or LF line ends', () => {
    expect(fieldsOf('Name,Due\r\nWrite,2026-03-01\r\nSend,\n')).toEqual([
      ['Name', 'Due'],
      ['Write', '2026-03-01'],
      ['Send', ''],
    ]);
  });

  it('reads semicolons, as French spreadsheets export', () => {
    const result = parseCsv('Nom;Échéance\nRédiger;01/03/2026');
    expect(result.separator).toBe(';');
    expect(result.records.map((r) => r.fields)).toEqual([
      ['Nom', 'Échéance'],
      ['Rédiger', '01/03/2026'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quotes', () => {
    const text = 'Name,Notes\n"Call, then write","She said ""yes""\nthen left"\nNext,"a\r\nb"';
    expect(fieldsOf(text)).toEqual([
      ['Name', 'Notes'],
      ['Call, then write', 'She said "yes"\nthen left'],
      ['Next', 'a\r\nb'],
    ]);
  });

  it('numbers each record by the line it starts on, past multi-line fields and blank lines', () => {
    const text = 'Name,Notes\n"One","two\nlines"\n\nThree,x\r\n"Four\r\nlines",y\nFive,z';
    expect(parseCsv(text).records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'Name'],
      [2, 'One'],
      [5, 'Three'],
      [6, 'Four\r\nlines'],
      [8, 'Five'],
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(fieldsOf('\uFEFFName;Due\nA;B')[0]).toEqual(['Name', 'Due']);
  });

  it('keeps empty fields, a trailing separator and a quoted empty field', () => {
    expect(fieldsOf('a,,c,\n"",x')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x'],
    ]);
  });

  it('is lenient with stray quotes', () => {
    expect(fieldsOf('5" screen,"quoted"tail')).toEqual([['5" screen', 'quotedtail']]);
  });

  it('reports a quoted field left open, with the records before it', () => {
    const result = parseCsv('Name\nok\n"never closed\nmore');
    expect(result.records.map((r) => r.fields)).toEqual([['Name'], ['ok']]);
    expect(result.error).toEqual({ line: 3, message: 'a quoted field is not closed' });
  });

  it('stops after maxRecords', () => {
    expect(parseCsv('a,b\n1,2\n3,4', { maxRecords: 1 }).records).toEqual([
      { line: 1, fields: ['a', 'b'] },
    ]);
  });

  it('reads an empty text as no records', () => {
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\n\r\n').records).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('counts separators on the first line outside quotes', () => {
    expect(detectSeparator('a;b;c\n1,2')).toBe(';');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });
});

describe('decodeWindows1252', () => {
  it('reads the letters Windows-1252 has where latin1 has control characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x43, 0x9c, 0x75, 0x72, 0x92, 0x80, 0x85]))).toBe(
      'Cœur’€…',
    );
  });

  it('reads the rest as latin1, past one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0xe9);
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(20_000));
  });
});
