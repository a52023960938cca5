import { diffLines, MAX_DIFF_CELLS, splitLines, type DiffLine } from './text-diff';

/** The two texts a diff describes, rebuilt from its lines. */
function sides(lines: DiffLine[]): { before: string[]; after: string[] } {
  return {
    before: lines.filter((l) => l.type !== 'added').map((l) => l.text),
    after: lines.filter((l) => l.type !== 'removed').map((l) => l.text),
  };
}

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\n\nb', ['a', '', 'b']],
    ['a\r\nb\rc', ['a', 'b', 'c']],
    ['\n', ['']],
  ])('%j → %j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe('diffLines', () => {
  it('says every line is the same for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb\n')).toEqual([
      { type: 'same', text: 'a' },
      { type: 'same', text: 'b' },
    ]);
  });

  it('adds every line to an empty text and removes every line of a text emptied', () => {
    expect(diffLines('', 'a\nb')).toEqual([
      { type: 'added', text: 'a' },
      { type: 'added', text: 'b' },
    ]);
    expect(diffLines('a', '')).toEqual([{ type: 'removed', text: 'a' }]);
    expect(diffLines('', '')).toEqual([]);
  });

  it('shows a changed line as removed then added, between the lines kept', () => {
    expect(
      diffLines('# SOP\n- open\n- check\n- close', '# SOP\n- open\n- verify\n- close'),
    ).toEqual([
      { type: 'same', text: '# SOP' },
      { type: 'same', text: '- open' },
      { type: 'removed', text: '- check' },
      { type: 'added', text: '- verify' },
      { type: 'same', text: '- close' },
    ]);
  });

  it('keeps the longest common subsequence of lines', () => {
    const lines = diffLines('a\nb\nc\nd\ne', 'b\nx\nc\ne\nf');
    expect(lines).toEqual([
      { type: 'removed', text: 'a' },
      { type: 'same', text: 'b' },
      { type: 'added', text: 'x' },
      { type: 'same', text: 'c' },
      { type: 'removed', text: 'd' },
      { type: 'same', text: 'e' },
      { type: 'added', text: 'f' },
    ]);
  });

  it('handles repeated lines', () => {
    const lines = diffLines('x\na\nx\na', 'a\nx\na\nx');
    expect(lines.filter((l) => l.type === 'same')).toHaveLength(3);
    expect(sides(lines)).toEqual({ before: ['x', 'a', 'x', 'a'], after: ['a', 'x', 'a', 'x'] });
  });

  it('always rebuilds both texts, on random edits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 50; run++) {
      const before = Array.from({ length: Math.floor(random() * 30) }, () =>
        String(Math.floor(random() * 6)),
      );
      const after = before
        .filter(() => random() > 0.3)
        .flatMap((line) => (random() > 0.7 ? [line, String(Math.floor(random() * 6))] : [line]));
      expect(sides(diffLines(before.join('\n'), after.join('\n')))).toEqual({ before, after });
    }
  });

  it('falls back to a whole-block replacement when the table would be too large', () => {
    const side = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1;
    const before = ['head', ...Array.from({ length: side }, (_, i) => `old ${i}`), 'tail'];
    const after = ['head', ...Array.from({ length: side }, (_, i) => `new ${i}`), 'tail'];
    const lines = diffLines(before.join('\n'), after.join('\n'));
    expect(lines[0]).toEqual({ type: 'same', text: 'head' });
    expect(lines[1]).toEqual({ type: 'removed', text: 'old 0' });
    expect(lines[side + 1]).toEqual({ type: 'added', text: 'new 0' });
    expect(lines[lines.length - 1]).toEqual({ type: 'same', text: 'tail' });
    expect(sides(lines)).toEqual({ before, after });
  });
});
