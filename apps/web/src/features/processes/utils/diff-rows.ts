import type { DiffLine } from '@relais/domain';

/** A line of a diff with its numbers in the older and the newer text. */
export interface NumberedLine extends DiffLine {
  oldNumber: number | null;
  newNumber: number | null;
}

/** What a diff view shows: changed lines with some unchanged ones around, and folded gaps. */
export type DiffRow =
  { kind: 'line'; line: NumberedLine } | { kind: 'gap'; id: string; lines: NumberedLine[] };

export function numberLines(lines: readonly DiffLine[]): NumberedLine[] {
  let oldNumber = 0;
  let newNumber = 0;
  return lines.map((line) => {
    if (line.type !== 'added') oldNumber++;
    if (line.type !== 'removed') newNumber++;
    return {
      ...line,
      oldNumber: line.type === 'added' ? null : oldNumber,
      newNumber: line.type === 'removed' ? null : newNumber,
    };
  });
}

/**
 * Folds runs of unchanged lines, keeping `context` lines next to each change; a fold of fewer
 * than two lines is not worth a button and stays open.
 */
export function diffRows(lines: readonly DiffLine[], context = 3): DiffRow[] {
  const numbered = numberLines(lines);
  const changed = numbered.map((line) => line.type !== 'same');
  const near = (index: number) => {
    for (
      let i = Math.max(0, index - context);
      i <= Math.min(numbered.length - 1, index + context);
      i++
    ) {
      if (changed[i]) return true;
    }
    return false;
  };
  const rows: DiffRow[] = [];
  let folded: NumberedLine[] = [];
  const flush = () => {
    if (folded.length >= 2) {
      rows.push({ kind: 'gap', id: `gap-${folded[0].oldNumber}`, lines: folded });
    } else {
      rows.push(...folded.map((line): DiffRow => ({ kind: 'line', line })));
    }
    folded = [];
  };
  numbered.forEach((line, index) => {
    if (line.type === 'same' && !near(index)) {
      folded.push(line);
      return;
    }
    flush();
    rows.push({ kind: 'line', line });
  });
  flush();
  return rows;
}

export function countChanges(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.type === 'added') added++;
    else if (line.type === 'removed') removed++;
  }
  return { added, removed };
}
