import { useMemo, useState } from 'react';
import { Box, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowsVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DiffLine } from '@relais/domain';
import { countChanges, diffRows, type NumberedLine } from '../utils/diff-rows';
import classes from './diff-view.module.css';

interface DiffViewProps {
  lines: readonly DiffLine[];
  from: number;
  to: number;
}

/**
 * A line diff between two versions: added lines in green with `+`, removed ones in red with `−`,
 * unchanged runs folded. Colour is never the only cue: each changed line also says "Added" or
 * "Removed" to screen readers, and shows its marker.
 */
export function DiffView({ lines, from, to }: DiffViewProps) {
  const { t } = useTranslation('processes');
  const rows = useMemo(() => diffRows(lines), [lines]);
  const { added, removed } = useMemo(() => countChanges(lines), [lines]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const label = t('diff.label', { from, to });

  if (added === 0 && removed === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('diff.noChanges', { from, to })}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      <Group gap="md" role="status">
        <Text size="sm" c="teal.9" fw={600}>
          {t('diff.added', { count: added })}
        </Text>
        <Text size="sm" c="red.8" fw={600}>
          {t('diff.removed', { count: removed })}
        </Text>
      </Group>
      <Paper withBorder radius="md" className={classes.diff}>
        <ol className={classes.lines} aria-label={label}>
          {rows.map((row) =>
            row.kind === 'line' ? (
              <DiffLineRow key={`${row.line.oldNumber}-${row.line.newNumber}`} line={row.line} />
            ) : opened.has(row.id) ? (
              row.lines.map((line) => (
                <DiffLineRow key={`${line.oldNumber}-${line.newNumber}`} line={line} />
              ))
            ) : (
              <li key={row.id} className={classes.gap}>
                <UnstyledButton
                  className={classes.gapButton}
                  onClick={() => setOpened((current) => new Set(current).add(row.id))}
                >
                  <IconArrowsVertical size={14} aria-hidden />
                  {t('diff.showUnchanged', { count: row.lines.length })}
                </UnstyledButton>
              </li>
            ),
          )}
        </ol>
      </Paper>
    </Stack>
  );
}

const MARKERS = { added: '+', removed: '−', same: ' ' } as const;

function DiffLineRow({ line }: { line: NumberedLine }) {
  const { t } = useTranslation('processes');
  const Content = line.type === 'added' ? 'ins' : line.type === 'removed' ? 'del' : 'span';
  return (
    <li className={classes.line} data-type={line.type}>
      <Box component="span" className={classes.number} aria-hidden>
        {line.oldNumber ?? ''}
      </Box>
      <Box component="span" className={classes.number} aria-hidden>
        {line.newNumber ?? ''}
      </Box>
      <Box component="span" className={classes.marker} aria-hidden>
        {MARKERS[line.type]}
      </Box>
      <Content className={classes.text}>
        {line.type !== 'same' ? (
          <VisuallyHidden>{t(`diff.${line.type}Line`)} </VisuallyHidden>
        ) : null}
        {line.text || ' '}
      </Content>
    </li>
  );
}
