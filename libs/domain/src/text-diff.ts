/** One line of a line diff: kept, added by the newer text, or removed from the older one. */
export interface DiffLine {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Above this many cells (changed lines before × after, once the common head and tail are set
 * aside) the LCS table would cost too much memory and time: the changed block is then shown as
 * removed then added, which is still a correct diff, only not a minimal one.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/** The lines of a text; `\r\n` counts as `\n` and a final newline opens no extra empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A line diff from `before` to `after` by longest common subsequence: every line of `before`
 * appears once as `same` or `removed`, every line of `after` once as `same` or `added`, in order;
 * within a changed block removals come before additions.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let endA = a.length;
  let endB = b.length;
  while (endA > head && endB > head && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (text: string): DiffLine => ({ type: 'same', text });
  return [
    ...a.slice(0, head).map(same),
    ...diffMiddle(a.slice(head, endA), b.slice(head, endB)),
    ...a.slice(endA).map(same),
  ];
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  const removed = (text: string): DiffLine => ({ type: 'removed', text });
  const added = (text: string): DiffLine => ({ type: 'added', text });
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_DIFF_CELLS) {
    return [...a.map(removed), ...b.map(added)];
  }
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lcs[i * width + j]: length of the LCS of a[i..] and b[j..]; it never exceeds min(n, m),
  // which the cell limit keeps under 2^16
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      lines.push({ type: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      lines.push(removed(a[i++]));
    } else {
      lines.push(added(b[j++]));
    }
  }
  while (i < n) lines.push(removed(a[i++]));
  while (j < m) lines.push(added(b[j++]));
  return lines;
}
