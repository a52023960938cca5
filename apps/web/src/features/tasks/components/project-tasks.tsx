import { useCallback, useState } from 'react';
import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  canAssignTasks,
  canChangeTaskStatus,
  canCreateTask,
  type TaskStatus,
} from '@relais/domain';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useMemberContext } from '@/lib/authorization';
import { describeError } from '@/lib/errors';
import { useCreateTask } from '../api/create-task';
import { useTasks } from '../api/get-tasks';
import type { Person, TaskResponse } from '../api/types';
import { useUpdateTask } from '../api/update-task';
import { useToggleDone } from '../hooks/use-toggle-done';
import { taskFacts } from '../utils/task-facts';
import { QuickAdd, type QuickAddValues } from './quick-add';
import { TaskBoard } from './task-board';
import { TaskListView } from './task-list-view';

export type ProjectView = 'board' | 'list';

interface ProjectTasksProps {
  workspaceId: string;
  project: { id: string; clientId: string; memberIds?: readonly string[] };
  people: readonly Person[];
  view: ProjectView;
  onOpenTask: (taskId: string) => void;
}

/** A project's tasks as a board or a list, with quick-add on `q` / `c`. */
export function ProjectTasks({
  workspaceId,
  project,
  people,
  view,
  onOpenTask,
}: ProjectTasksProps) {
  const { t } = useTranslation(['tasks', 'common']);
  const { t: tCommon } = useTranslation('common');
  const query = useTasks(workspaceId, { projectId: project.id });
  const member = useMemberContext(workspaceId);
  const createTask = useCreateTask();
  const updateTask = useUpdateTask();
  const toggleDone = useToggleDone();
  const [quickAdd, setQuickAdd] = useState<{ opened: boolean; status: TaskStatus }>({
    opened: false,
    status: 'todo',
  });

  const canAssign = member !== null && canAssignTasks(member);
  const isProjectMember = member !== null && (project.memberIds ?? []).includes(member.userId);
  const canCreate =
    member !== null &&
    canCreateTask(member, {
      clientId: project.clientId,
      // without the right to assign, a task can only be created for oneself
      assigneeId: canAssign ? null : member.userId,
      isProjectMember,
    });
  const mayChangeStatus = useCallback(
    (task: TaskResponse) => member !== null && canChangeTaskStatus(member, taskFacts(task)),
    [member],
  );

  const openQuickAdd = (status?: TaskStatus) =>
    setQuickAdd((current) => ({ opened: true, status: status ?? current.status }));

  const hotkey = (event: KeyboardEvent) => {
    // not while a dialog (the task drawer, a modal) has the keyboard
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    if (!canCreate) return;
    event.preventDefault();
    openQuickAdd();
  };
  useHotkeys([
    ['q', hotkey],
    ['c', hotkey],
  ]);

  const submit = (values: QuickAddValues) => {
    if (!member) return;
    createTask.mutate(
      {
        workspaceId,
        clientId: project.clientId,
        input: {
          projectId: project.id,
          title: values.title,
          status: values.status,
          assigneeId: canAssign ? values.assigneeId : member.userId,
          dueDate: values.dueDate,
          ...(values.description ? { description: values.description } : {}),
          ...(values.checklist.length > 0
            ? { checklist: values.checklist.map((title) => ({ title, done: false })) }
            : {}),
          processId: values.processId,
        },
      },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('quickAdd.failed', { title: values.title }),
            message: describeError(error, tCommon),
          }),
      },
    );
  };

  if (query.isPending) return <SectionLoader label={t('board.loading')} />;
  if (query.isError) return <SectionError error={query.error} retry={() => void query.refetch()} />;

  const tasks = query.data;

  return (
    <Stack gap="md">
      {canCreate ? (
        quickAdd.opened ? (
          <QuickAdd
            workspaceId={workspaceId}
            status={quickAdd.status}
            onStatusChange={(status) => setQuickAdd({ opened: true, status })}
            people={people}
            canAssign={canAssign}
            onSubmit={submit}
            onClose={() => setQuickAdd((current) => ({ ...current, opened: false }))}
          />
        ) : (
          <Group gap="sm">
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => openQuickAdd()}
              aria-keyshortcuts="q c"
            >
              {t('quickAdd.open')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('quickAdd.hintBefore')} <Kbd size="xs">Q</Kbd> {t('quickAdd.hintOr')}{' '}
              <Kbd size="xs">C</Kbd>
            </Text>
          </Group>
        )
      ) : null}

      {tasks.length === 0 && view === 'list' ? (
        <Text c="dimmed" size="sm">
          {t('board.empty')}
        </Text>
      ) : view === 'board' ? (
        <TaskBoard
          tasks={tasks}
          people={people}
          canMove={mayChangeStatus}
          onMove={({ task, status, position }) =>
            updateTask.mutate({
              workspaceId,
              taskId: task.id,
              version: task.version,
              changes: { status, position },
            })
          }
          onOpenTask={onOpenTask}
          onAddInColumn={canCreate ? openQuickAdd : undefined}
        />
      ) : (
        <TaskListView
          tasks={tasks}
          people={people}
          canComplete={mayChangeStatus}
          onToggleDone={(task) => toggleDone(task)}
          onOpenTask={onOpenTask}
        />
      )}
    </Stack>
  );
}
