import { ActionIcon, Group, Paper, RingProgress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/i18n/format';
import type { ObjectiveResponse } from '../api/types';
import { KeyResultRow } from './key-result-row';

interface ObjectiveCardProps {
  objective: ObjectiveResponse;
  canManage: boolean;
  canUpdateProgress: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onUpdateCurrent: (
    keyResultId: string,
    current: number,
    callbacks: { onError: (error: unknown) => void },
  ) => void;
}

/** An objective, its period and owner, its overall progress, and its key results. */
export function ObjectiveCard({
  objective,
  canManage,
  canUpdateProgress,
  onEdit,
  onDelete,
  onUpdateCurrent,
}: ObjectiveCardProps) {
  const { t } = useTranslation('objectives');
  const format = useFormatters();
  const headingId = `objective-${objective.id}`;
  const day = (date: string) =>
    format.date(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const progress = objective.progress ?? 0;
  const percent = format.number(progress, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="md" wrap="nowrap" align="center" miw={0}>
            <RingProgress
              size={64}
              thickness={7}
              roundCaps
              sections={[{ value: progress * 100, color: progress >= 1 ? 'green' : 'indigo' }]}
              label={
                <Text ta="center" size="xs" fw={700}>
                  {objective.progress === null ? '—' : percent}
                </Text>
              }
              aria-label={t('progress', { title: objective.title, percent })}
              role="img"
            />
            <Stack gap={2} miw={0}>
              <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                {objective.title}
              </Title>
              <Text size="sm" c="dimmed">
                {t('period', { from: day(objective.periodStart), to: day(objective.periodEnd) })}
                {' · '}
                {objective.ownerName ? t('owner', { name: objective.ownerName }) : t('noOwner')}
              </Text>
            </Stack>
          </Group>
          {canManage ? (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('edit', { title: objective.title })} openDelay={300}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={onEdit}
                  aria-label={t('edit', { title: objective.title })}
                >
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('delete.action', { title: objective.title })} openDelay={300}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={onDelete}
                  aria-label={t('delete.action', { title: objective.title })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>
        {objective.keyResults.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noKeyResults')}
          </Text>
        ) : (
          <Stack gap="sm" role="list" aria-labelledby={headingId}>
            {objective.keyResults.map((keyResult) => (
              <KeyResultRow
                key={keyResult.id}
                keyResult={keyResult}
                canUpdate={canUpdateProgress}
                onUpdate={(current, callbacks) => onUpdateCurrent(keyResult.id, current, callbacks)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
