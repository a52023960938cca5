import { CSV_BOM, csvField, csvLine } from './csv';

describe('csv', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvLine(['Boutique Éclat', 90, true, null], ',')).toBe('Boutique Éclat,90,true,\r\n');
  });

  it('quotes a field holding the separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('dit "oui"', ';')).toBe('"dit ""oui"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField('cr\r', ',')).toBe('"cr\r"');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")', ',')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33 6 12', ';')).toBe("'+33 6 12");
    expect(csvField('@sum', ';')).toBe("'@sum");
    expect(csvField('-', ';')).toBe("'-");
    expect(csvField(-12.5, ';')).toBe('-12.5');
  });

  it('starts files with the UTF-8 byte order mark', () => {
    expect(Buffer.from(CSV_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
