import { describe, expect, it } from 'vitest';
import type { DiffLine } from '@relais/domain';
import { countChanges, diffRows, numberLines } from './diff-rows';

const same = (text: string): DiffLine => ({ type: 'same', text });
const added = (text: string): DiffLine => ({ type: 'added', text });
const removed = (text: string): DiffLine => ({ type: 'removed', text });

describe('diff rows', () => {
  it('numbers lines in the older and the newer text', () => {
    expect(numberLines([same('a'), removed('b'), added('B'), same('c')])).toEqual([
      { type: 'same', text: 'a', oldNumber: 1, newNumber: 1 },
      { type: 'removed', text: 'b', oldNumber: 2, newNumber: null },
      { type: 'added', text: 'B', oldNumber: null, newNumber: 2 },
      { type: 'same', text: 'c', oldNumber: 3, newNumber: 3 },
    ]);
  });

  it('folds unchanged lines far from any change, keeping context around changes', () => {
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => same(`head ${i + 1}`)),
      added('new'),
      ...Array.from({ length: 10 }, (_, i) => same(`tail ${i + 1}`)),
    ];
    const rows = diffRows(lines, 2);
    expect(
      rows.map((row) => (row.kind === 'gap' ? `gap ${row.lines.length}` : row.line.text)),
    ).toEqual(['gap 8', 'head 9', 'head 10', 'new', 'tail 1', 'tail 2', 'gap 8']);
  });

  it('does not fold a single line', () => {
    const rows = diffRows([same('a'), same('b'), removed('c'), same('d'), same('e')], 1);
    expect(rows.every((row) => row.kind === 'line')).toBe(true);
  });

  it('counts what was added and removed', () => {
    expect(countChanges([same('a'), added('b'), added('c'), removed('d')])).toEqual({
      added: 2,
      removed: 1,
    });
  });
});
