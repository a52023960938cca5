/** A checklist made from a process keeps at most this many steps of this length (as tasks do). */
export const MAX_PROCESS_STEPS = 100;
export const MAX_STEP_LENGTH = 300;

/** `- step`, `* step`, `+ step`, `1. step`, `1) step`, each optionally a task item `- [ ] step`. */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\](?:\s+|$))?(.*)$/;
/** `---`, `* * *`, `___`: a thematic break, not a list item. */
const THEMATIC_BREAK = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The steps of a process: the items of the markdown lists in its body, nested ones included, in
 * order, outside fenced code blocks. Empty items are skipped; long ones are cut.
 */
export function parseProcessSteps(markdown: string): string[] {
  const steps: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r\n?|\n/)) {
    const opening = FENCE.exec(line)?.[1];
    if (opening) {
      if (fence === null) fence = opening;
      else if (opening === fence) fence = null;
      continue;
    }
    if (fence !== null || THEMATIC_BREAK.test(line)) continue;
    const text = LIST_ITEM.exec(line)?.[1].trim();
    if (!text) continue;
    steps.push(text.length > MAX_STEP_LENGTH ? `${text.slice(0, MAX_STEP_LENGTH - 1)}…` : text);
    if (steps.length === MAX_PROCESS_STEPS) break;
  }
  return steps;
}
