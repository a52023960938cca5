/**
 * A small markdown reader for processes (SOPs) and decisions: headings, paragraphs, bullet and
 * numbered lists (nested, with `[ ]` / `[x]` checkboxes), bold, italic, inline code, links,
 * quotes, fenced code and rules. It builds a tree that `<Markdown>` renders as React elements:
 * the text is never parsed as HTML, so `<script>` in a body stays text. Links keep only safe
 * addresses (http, https, mailto, tel, or relative ones).
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export interface ListItem {
  /** `true`/`false` for a task item (`- [x]` / `- [ ]`), null for a plain one. */
  checked: boolean | null;
  children: Inline[];
  sublists: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** The number of the first item of a numbered list. */
  start: number;
  items: ListItem[];
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | ListBlock
  | { type: 'quote'; children: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TASK_BOX = /^\[([ xX])\](?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(```|~~~)/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;

const isBlank = (line: string) => line.trim() === '';

function indentOf(whitespace: string): number {
  return whitespace.replace(/\t/g, '    ').length;
}

/** Whether a line opens a block other than a paragraph (so it ends the paragraph before it). */
function opensBlock(line: string): boolean {
  return (
    HEADING.test(line) ||
    RULE.test(line) ||
    LIST_ITEM.test(line) ||
    FENCE.test(line) ||
    QUOTE.test(line)
  );
}

export function parseMarkdown(source: string): Block[] {
  return parseBlocks(source.replace(/\r\n?/g, '\n').split('\n'));
}

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line)?.[1];
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence)) body.push(lines[i++]);
      i++; // the closing fence (or the end of the text)
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        level: heading[1].length as 1 | 2 | 3 | 4 | 5 | 6,
        children: parseInline(heading[2] ?? ''),
      });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i])) quoted.push(QUOTE.exec(lines[i++])![1]);
      blocks.push({ type: 'quote', children: parseBlocks(quoted) });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const [list, next] = parseList(lines, i);
      blocks.push(list);
      i = next;
      continue;
    }
    const text: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && (text.length === 0 || !opensBlock(lines[i]))) {
      text.push(lines[i++].trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(text.join(' ')) });
  }
  return blocks;
}

function itemContent(content: string): Pick<ListItem, 'checked' | 'children'> {
  const box = TASK_BOX.exec(content);
  return box
    ? { checked: box[1] !== ' ', children: parseInline(box[2] ?? '') }
    : { checked: null, children: parseInline(content) };
}

/** A list from line `start`, its items nested by indentation; returns it and the next line. */
function parseList(lines: string[], start: number): [ListBlock, number] {
  const stack: { indent: number; list: ListBlock }[] = [];
  // the text of each item is gathered first, then read as inline markdown
  const texts = new Map<ListItem, string>();
  let root: ListBlock | null = null;
  let last: ListItem | null = null;
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    const match = LIST_ITEM.exec(line);
    if (!match || RULE.test(line)) {
      if (isBlank(line)) {
        // a blank line inside a list goes on when an item or an indented line follows
        let j = i + 1;
        while (j < lines.length && isBlank(lines[j])) j++;
        const after = lines[j];
        if (after !== undefined && (LIST_ITEM.test(after) || /^[ \t]{2,}\S/.test(after))) {
          i = j;
          continue;
        }
        break;
      }
      if (last && (/^[ \t]+\S/.test(line) || !opensBlock(line))) {
        // a continuation line of the last item
        texts.set(last, `${texts.get(last) ?? ''} ${line.trim()}`);
        i++;
        continue;
      }
      break;
    }
    const indent = indentOf(match[1]);
    const ordered = /\d/.test(match[2]);
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop();
    let top = stack[stack.length - 1];
    if (top && indent < top.indent + 2 && ordered !== top.list.ordered) {
      // a bullet after numbers (or the reverse) starts another list
      if (stack.length === 1) break;
      stack.pop();
      top = stack[stack.length - 1];
    }
    let list: ListBlock;
    if (!top) {
      list = { type: 'list', ordered, start: ordered ? parseInt(match[2], 10) : 1, items: [] };
      root = list;
      stack.push({ indent, list });
    } else if (indent >= top.indent + 2 && top.list.items.length > 0) {
      list = { type: 'list', ordered, start: ordered ? parseInt(match[2], 10) : 1, items: [] };
      top.list.items[top.list.items.length - 1].sublists.push(list);
      stack.push({ indent, list });
    } else {
      list = top.list;
    }
    const item: ListItem = { checked: null, children: [], sublists: [] };
    texts.set(item, match[3] ?? '');
    list.items.push(item);
    last = item;
    i++;
  }
  for (const [item, text] of texts) Object.assign(item, itemContent(text.trim()));
  return [root!, i];
}

/** Characters a backslash makes literal. */
const ESCAPABLE = /[\\`*_[\]()#+\-.!>~|{}]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The address of a link when it is safe to follow: http(s), mailto, tel, or relative. Browsers
 * ignore control characters and spaces inside a scheme (`java\tscript:`), so they are removed
 * before looking at it.
 */
export function safeHref(href: string): string | null {
  const compact = [...href].filter((char) => !isControlOrSpace(char)).join('');
  if (!compact) return null;
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme === undefined) return compact.startsWith('//') ? null : href.trim();
  return SAFE_SCHEMES.has(scheme.toLowerCase()) ? href.trim() : null;
}

function isControlOrSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** A closing delimiter for emphasis: not preceded by a space, and for `_` not inside a word. */
function findClosing(text: string, from: number, delimiter: string): number {
  for (let j = from; j <= text.length - delimiter.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text.startsWith(delimiter, j) && j > from && !/\s/.test(text[j - 1])) {
      if (delimiter.length === 1 && text[j + 1] === delimiter) {
        j++; // part of a `**` or `__`: not this closing
        continue;
      }
      if (delimiter[0] === '_' && /\w/.test(text[j + delimiter.length] ?? '')) continue;
      return j;
    }
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (char === '[') {
      const link = /^\[([^\]]+)\]\(\s*([^()\s]+)(?:\s+"[^"]*")?\s*\)/.exec(text.slice(i));
      if (link) {
        flush();
        const href = safeHref(link[2]);
        const children = parseInline(link[1]);
        if (href) out.push({ type: 'link', href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const double = text[i + 1] === char;
      const delimiter = double ? char + char : char;
      const opensWord = !/\s/.test(text[i + delimiter.length] ?? ' ');
      const insideWord = char === '_' && /\w/.test(text[i - 1] ?? '');
      if (opensWord && !insideWord) {
        const close = findClosing(text, i + delimiter.length, delimiter);
        if (close !== -1) {
          flush();
          const children = parseInline(text.slice(i + delimiter.length, close));
          out.push(double ? { type: 'strong', children } : { type: 'em', children });
          i = close + delimiter.length;
          continue;
        }
      }
      buffer += delimiter;
      i += delimiter.length;
      continue;
    }
    buffer += char;
    i++;
  }
  flush();
  return out;
}
