import { Fragment, useMemo, type ReactNode } from 'react';
import { Typography } from '@mantine/core';
import { parseMarkdown, type Block, type Inline, type ListBlock } from '@/lib/markdown';

interface MarkdownProps {
  source: string;
  /** Heading levels are shifted so the body's `#` sits under the page's own headings. */
  headingOffset?: number;
  /** A label for the region, e.g. the process's title. */
  'aria-label'?: string;
}

/**
 * Markdown rendered as React elements (no HTML is ever parsed from the text: what a member
 * typed as `<script>` is shown as text). Task-list items show read-only checkboxes.
 */
export function Markdown({ source, headingOffset = 1, 'aria-label': ariaLabel }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <Typography
      role={ariaLabel ? 'region' : undefined}
      aria-label={ariaLabel}
      style={{ overflowWrap: 'anywhere' }}
    >
      {renderBlocks(blocks, headingOffset)}
    </Typography>
  );
}

function renderBlocks(blocks: Block[], headingOffset: number): ReactNode {
  return blocks.map((block, index) => renderBlock(block, index, headingOffset));
}

function renderBlock(block: Block, key: number, headingOffset: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + headingOffset);
      const Heading = `h${level}` as 'h1';
      return <Heading key={key}>{renderInlines(block.children)}</Heading>;
    }
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>;
    case 'list':
      return renderList(block, key);
    case 'quote':
      return <blockquote key={key}>{renderBlocks(block.children, headingOffset)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

function renderList(list: ListBlock, key: number): ReactNode {
  const isTaskList = list.items.some((item) => item.checked !== null);
  const items = list.items.map((item, index) => (
    <li
      key={index}
      style={item.checked !== null ? { listStyle: 'none', marginInlineStart: '-1.2em' } : undefined}
    >
      {item.checked !== null ? (
        <label style={{ display: 'inline-flex', gap: '0.5em', alignItems: 'baseline' }}>
          <input type="checkbox" checked={item.checked} disabled readOnly />
          <span>{renderInlines(item.children)}</span>
        </label>
      ) : (
        renderInlines(item.children)
      )}
      {item.sublists.map((sublist, i) => renderList(sublist, i))}
    </li>
  ));
  if (list.ordered) {
    return (
      <ol key={key} start={list.start === 1 ? undefined : list.start}>
        {items}
      </ol>
    );
  }
  return (
    <ul key={key} data-task-list={isTaskList || undefined}>
      {items}
    </ul>
  );
}

function renderInlines(inlines: Inline[]): ReactNode {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text':
        return <Fragment key={index}>{inline.text}</Fragment>;
      case 'strong':
        return <strong key={index}>{renderInlines(inline.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInlines(inline.children)}</em>;
      case 'code':
        return <code key={index}>{inline.text}</code>;
      case 'link':
        return (
          <a key={index} href={inline.href} target="_blank" rel="noopener noreferrer">
            {renderInlines(inline.children)}
          </a>
        );
    }
  });
}
