import { useCallback, useMemo, useState } from 'react';
import { Box, Chip, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canChangeTaskStatus, type MembershipSummary } from '@relais/domain';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { toMemberContext } from '@/lib/authorization';
import { useMyTasks } from '../api/get-my-tasks';
import type { MyTaskResponse } from '../api/types';
import { useToggleDone } from '../hooks/use-toggle-done';
import { browserTimeZone, groupTasksByDue } from '../utils/group-by-due';
import { taskFacts } from '../utils/task-facts';
import { TaskRow } from './task-row';
import classes from './my-tasks.module.css';

const ALL = 'all';
/** Past this many clients the filter is a searchable select rather than chips. */
const MAX_CHIPS = 6;

interface MyTasksProps {
  userId: string;
  memberships: readonly MembershipSummary[];
  onOpenTask: (task: MyTaskResponse) => void;
}

/**
 * Tasks assigned to the user in every workspace, grouped by when they are due. Checking one off
 * keeps it in place (struck through) until the user leaves, so nothing jumps under the pointer.
 */
export function MyTasks({ userId, memberships, onOpenTask }: MyTasksProps) {
  const { t } = useTranslation('tasks');
  const query = useMyTasks();
  const toggleDone = useToggleDone();
  const [clientFilter, setClientFilter] = useState<string>(ALL);
  // tasks checked off during this visit stay visible, so Undo has something to bring back
  const [keptIds, setKeptIds] = useState<ReadonlySet<string>>(() => new Set());

  const tasks = query.data;
  const visible = useMemo(
    () => (tasks ?? []).filter((task) => task.status !== 'done' || keptIds.has(task.id)),
    [tasks, keptIds],
  );
  const clients = useMemo(() => {
    const byId = new Map<string, { id: string; label: string; count: number }>();
    for (const task of visible) {
      const entry = byId.get(task.clientId);
      if (entry) entry.count += task.status === 'done' ? 0 : 1;
      else
        byId.set(task.clientId, {
          id: task.clientId,
          label: task.clientName,
          count: task.status === 'done' ? 0 : 1,
        });
    }
    return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [visible]);
  const activeFilter = clients.some((c) => c.id === clientFilter) ? clientFilter : ALL;
  const filtered =
    activeFilter === ALL ? visible : visible.filter((task) => task.clientId === activeFilter);
  const groups = useMemo(
    () => groupTasksByDue(filtered, new Date(), browserTimeZone()),
    [filtered],
  );
  const showWorkspace = new Set(visible.map((task) => task.workspaceId)).size > 1;

  const mayComplete = (task: MyTaskResponse) => {
    const membership = memberships.find((m) => m.workspaceId === task.workspaceId);
    return membership
      ? canChangeTaskStatus(toMemberContext(membership, userId), taskFacts(task))
      : false;
  };
  const onToggle = useCallback(
    (task: MyTaskResponse) => {
      if (task.status !== 'done') setKeptIds((ids) => new Set(ids).add(task.id));
      toggleDone(task);
    },
    [toggleDone],
  );

  if (query.isPending) return <SectionLoader label={t('mine.loading')} />;
  if (query.isError) return <SectionError error={query.error} retry={() => void query.refetch()} />;

  if (visible.length === 0) {
    return (
      <EmptyStatePanel
        icon={<IconConfetti aria-hidden />}
        title={t('mine.emptyTitle')}
        description={t('mine.emptyDescription')}
      />
    );
  }

  const filterLabel = t('mine.filterLabel');
  const allLabel = t('mine.allClients', {
    count: visible.filter((x) => x.status !== 'done').length,
  });

  return (
    <Stack gap="md">
      {clients.length > 1 ? (
        clients.length > MAX_CHIPS ? (
          <Select
            label={filterLabel}
            data={[
              { value: ALL, label: allLabel },
              ...clients.map((c) => ({ value: c.id, label: `${c.label} (${c.count})` })),
            ]}
            value={activeFilter}
            onChange={(value) => setClientFilter(value ?? ALL)}
            allowDeselect={false}
            searchable
            maw={320}
          />
        ) : (
          <Box role="group" aria-label={filterLabel}>
            <Chip.Group value={activeFilter} onChange={(value) => setClientFilter(String(value))}>
              <Group gap="xs">
                <Chip value={ALL} size="sm">
                  {allLabel}
                </Chip>
                {clients.map((client) => (
                  <Chip key={client.id} value={client.id} size="sm">
                    {client.label} ({client.count})
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Box>
        )
      ) : null}

      {groups.length === 0 ? (
        <EmptyStatePanel
          icon={<IconChecklist aria-hidden />}
          title={t('mine.emptyFilteredTitle')}
          description={t('mine.emptyFilteredDescription')}
        />
      ) : (
        <Paper withBorder radius="md">
          {groups.map(({ group, tasks: inGroup }) => {
            const headingId = `my-tasks-${group}`;
            return (
              <section key={group} aria-labelledby={headingId}>
                <Group className={classes.groupHeader} justify="space-between">
                  <Title
                    order={2}
                    size="h5"
                    id={headingId}
                    c={group === 'overdue' ? 'red.9' : undefined}
                  >
                    {t(`groups.${group}`)}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t('mine.count', { count: inGroup.length })}
                  </Text>
                </Group>
                <div role="list">
                  {inGroup.map((task) => (
                    <div role="listitem" key={task.id}>
                      <TaskRow
                        task={task}
                        canComplete={mayComplete(task)}
                        showWorkspace={showWorkspace}
                        onToggle={onToggle}
                        onOpen={onOpenTask}
                      />
                    </div>
                  ))}
                </div>
              </section>
            );
          })}
        </Paper>
      )}
    </Stack>
  );
}
