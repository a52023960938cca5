import { toCsvLine } from './audit-log.service';

describe('toCsvLine', () => {
  it('joins plain cells with the separator and ends with CRLF', () => {
    expect(toCsvLine(['a', 'b c', ''], ',')).toBe('a,b c,\r\n');
    expect(toCsvLine(['a', 'b'], ';')).toBe('a;b\r\n');
  });

  it('quotes cells holding the separator, a quote or a line break, doubling quotes', () => {
    expect(toCsvLine(['a,b', 'say "hi"', 'one\ntwo', 'x\ry'], ',')).toBe(
      '"a,b","say ""hi""","one\ntwo","x\ry"\r\n',
    );
    // a comma needs no quotes when semicolons separate
    expect(toCsvLine(['a,b', 'c;d'], ';')).toBe('a,b;"c;d"\r\n');
  });

  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx'])(
    'defuses %j, which a spreadsheet would run as a formula',
    (cell) => {
      expect(toCsvLine([cell], ',')).toBe(`'${cell}\r\n`);
    },
  );
});
