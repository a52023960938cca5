import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and rules', () => {
    expect(parseMarkdown('# Title\n\nFirst line\nsecond line\n\n---\n### Small ##')).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'First line second line' }] },
      { type: 'rule' },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Small' }] },
    ]);
  });

  it('does not take a hashtag for a heading', () => {
    expect(parseMarkdown('#launch')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '#launch' }] },
    ]);
  });

  it('reads bullet and numbered lists, nested by indentation', () => {
    const [list] = parseMarkdown('1. Open the tool\n2. Write\n   - subject\n   - body\n3. Send');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    if (list.type !== 'list') throw new Error('not a list');
    expect(list.items.map((item) => item.children)).toEqual([
      [{ type: 'text', text: 'Open the tool' }],
      [{ type: 'text', text: 'Write' }],
      [{ type: 'text', text: 'Send' }],
    ]);
    expect(list.items[1].sublists[0]).toMatchObject({
      ordered: false,
      items: [
        { children: [{ type: 'text', text: 'subject' }] },
        { children: [{ type: 'text', text: 'body' }] },
      ],
    });
  });

  it('reads checkboxes of task items', () => {
    const [list] = parseMarkdown('- [ ] to do\n- [x] done\n- plain');
    if (list.type !== 'list') throw new Error('not a list');
    expect(list.items.map((item) => item.checked)).toEqual([false, true, null]);
    expect(list.items[1].children).toEqual([{ type: 'text', text: 'done' }]);
  });

  it('keeps a list going over a blank line and continuation lines', () => {
    const blocks = parseMarkdown('- one\n  still one\n\n- two\n\nAfter');
    expect(blocks).toHaveLength(2);
    if (blocks[0].type !== 'list') throw new Error('not a list');
    expect(blocks[0].items[0].children).toEqual([{ type: 'text', text: 'one still one' }]);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'After' }] });
  });

  it('keeps fenced code as it is', () => {
    expect(parseMarkdown('```\n# not a heading\n- nor a list\n```')).toEqual([
      { type: 'code', text: '# not a heading\n- nor a list' },
    ]);
  });

  it('reads quotes', () => {
    expect(parseMarkdown('> **Note**: check twice')).toEqual([
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'strong', children: [{ type: 'text', text: 'Note' }] },
              { type: 'text', text: ': check twice' },
            ],
          },
        ],
      },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic, code and links', () => {
    expect(parseInline('**bold** and *it* or _it_, `x*y`, [site](https://relais.app)')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' or ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ', ' },
      { type: 'code', text: 'x*y' },
      { type: 'text', text: ', ' },
      { type: 'link', href: 'https://relais.app', children: [{ type: 'text', text: 'site' }] },
    ]);
  });

  it('leaves snake_case words, lone stars and escaped characters alone', () => {
    expect(parseInline('file_name_here 2 * 3 \\*not italic\\*')).toEqual([
      { type: 'text', text: 'file_name_here 2 * 3 *not italic*' },
    ]);
  });

  it('turns a link to an unsafe address into its text', () => {
    expect(parseInline('[click](javascript:alert(1))')).not.toContainEqual(
      expect.objectContaining({ type: 'link' }),
    );
    expect(parseInline('[click](javascript:void)')).toEqual([{ type: 'text', text: 'click' }]);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://relais.app/x?y=1', 'https://relais.app/x?y=1'],
    ['http://example.com', 'http://example.com'],
    ['mailto:lea@example.com', 'mailto:lea@example.com'],
    ['/w/ws1/processes', '/w/ws1/processes'],
    ['#step-2', '#step-2'],
    ['guide.pdf', 'guide.pdf'],
  ])('keeps %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example.com',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });
});
