import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useViewer } from '@/lib/authorization';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import type { TimedTask, TimeEntryResponse } from '../api/types';
import { formatDuration } from '../utils/duration';
import { canChangeEntry } from '../utils/entry-rules';
import { EntryStatusBadge } from './entry-status-badge';
import { LogTimeForm } from './log-time-form';
import { TimerToggle } from './timer-toggle';

/**
 * The time of a task, in its drawer: the timer, "log time", and the entries logged on it (the
 * viewer's own only, for a VA), which their author may edit or delete until approved.
 */
export function TaskTimeSection({ task }: { task: TimedTask }) {
  const { t, i18n } = useTranslation('time');
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const userId = useViewer()?.userId;
  const query = useTimeEntries(task.workspaceId, { taskId: task.id });
  const deleteEntry = useDeleteTimeEntry(task.workspaceId);
  const [logging, setLogging] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TimeEntryResponse | null>(null);

  const entries = query.data ?? [];
  const total = entries.reduce((sum, entry) => sum + (entry.minutes ?? 0), 0);
  const day = (iso: string) => format.date(iso, { dateStyle: 'medium' });
  const clock = (iso: string) => format.date(iso, { timeStyle: 'short' });

  return (
    <Stack gap="sm" component="section" aria-labelledby="task-time-heading">
      <Group justify="space-between">
        <Text fw={600} size="sm" id="task-time-heading">
          {t('task.title')}
        </Text>
        {total > 0 ? (
          <Text size="xs" c="dimmed">
            {t('task.total', { duration: formatDuration(total, language) })}
          </Text>
        ) : null}
      </Group>
      <Group gap="sm">
        <TimerToggle task={task} withLabel />
        {!logging ? (
          <Button
            variant="default"
            leftSection={<IconClockPlus size={16} aria-hidden />}
            onClick={() => {
              setEditingId(null);
              setLogging(true);
            }}
          >
            {t('log.open')}
          </Button>
        ) : null}
      </Group>
      {logging && userId ? (
        <Paper withBorder p="sm" radius="md">
          <LogTimeForm
            workspaceId={task.workspaceId}
            task={task}
            userId={userId}
            onDone={() => setLogging(false)}
            onCancel={() => setLogging(false)}
          />
        </Paper>
      ) : null}

      {query.isPending ? (
        <SectionLoader label={t('task.loading')} />
      ) : query.isError ? (
        <SectionError error={query.error} retry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('task.empty')}
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-labelledby="task-time-heading">
          {entries.map((entry) =>
            editingId === entry.id && userId ? (
              <Paper key={entry.id} withBorder p="sm" radius="md" role="listitem">
                <LogTimeForm
                  workspaceId={task.workspaceId}
                  task={task}
                  userId={userId}
                  entry={entry}
                  onDone={() => setEditingId(null)}
                  onCancel={() => setEditingId(null)}
                />
              </Paper>
            ) : (
              <Group
                key={entry.id}
                role="listitem"
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                align="flex-start"
              >
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {entry.minutes !== null
                        ? formatDuration(entry.minutes, language)
                        : t('entry.running')}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {day(entry.startedAt)}
                      {entry.endedAt
                        ? ` · ${t('entry.timeRange', {
                            start: clock(entry.startedAt),
                            end: clock(entry.endedAt),
                          })}`
                        : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      · {entry.userId === userId ? t('entry.you') : entry.memberName}
                    </Text>
                    <EntryStatusBadge entry={entry} />
                    {!entry.billable ? (
                      <Badge size="sm" variant="outline" color="gray">
                        {t('entry.nonBillable')}
                      </Badge>
                    ) : null}
                  </Group>
                  {entry.note ? (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {entry.note}
                    </Text>
                  ) : null}
                </Stack>
                {canChangeEntry(entry, userId) ? (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip
                      label={t('entry.edit', {
                        when: `${day(entry.startedAt)}, ${clock(entry.startedAt)}`,
                      })}
                      openDelay={400}
                    >
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('entry.edit', {
                          when: `${day(entry.startedAt)}, ${clock(entry.startedAt)}`,
                        })}
                        onClick={() => {
                          setLogging(false);
                          setEditingId(entry.id);
                        }}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip
                      label={t('entry.delete', {
                        when: `${day(entry.startedAt)}, ${clock(entry.startedAt)}`,
                      })}
                      openDelay={400}
                    >
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('entry.delete', {
                          when: `${day(entry.startedAt)}, ${clock(entry.startedAt)}`,
                        })}
                        onClick={() => setDeleting(entry)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                ) : null}
              </Group>
            ),
          )}
        </Stack>
      )}

      <ConfirmDialog
        opened={deleting !== null}
        title={t('entry.deleteTitle')}
        message={
          deleting
            ? t('entry.deleteMessage', {
                duration: formatDuration(deleting.minutes ?? 0, language),
                date: day(deleting.startedAt),
              })
            : ''
        }
        confirmLabel={t('entry.deleteConfirm')}
        loading={deleteEntry.isPending}
        error={deleteEntry.error}
        onCancel={() => {
          deleteEntry.reset();
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          deleteEntry.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifications.show({ message: t('entry.deleted') });
            },
          });
        }}
      />
    </Stack>
  );
}
