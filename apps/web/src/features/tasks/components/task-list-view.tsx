import {
  Avatar,
  Checkbox,
  Group,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '@relais/domain';
import { isOptimisticTaskId } from '../api/create-task';
import type { Person, TaskResponse } from '../api/types';
import { sortByPosition } from '../utils/board-position';
import { DueDate, PriorityFlag, StatusBadge } from './task-badges';

interface TaskListViewProps {
  tasks: readonly TaskResponse[];
  people: readonly Person[];
  canComplete: (task: TaskResponse) => boolean;
  onToggleDone: (task: TaskResponse) => void;
  onOpenTask: (taskId: string) => void;
}

/** The project's tasks as one table, in board order (status, then position). */
export function TaskListView({
  tasks,
  people,
  canComplete,
  onToggleDone,
  onOpenTask,
}: TaskListViewProps) {
  const { t } = useTranslation('tasks');
  const rows = TASK_STATUSES.flatMap((status) =>
    sortByPosition(tasks.filter((task) => task.status === status)),
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('fields.done')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('fields.title')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>{t('fields.assignee')}</Table.Th>
            <Table.Th>{t('fields.dueDate')}</Table.Th>
            <Table.Th>{t('fields.priority')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((task) => {
            const assignee = people.find((p) => p.userId === task.assigneeId);
            const pending = isOptimisticTaskId(task.id);
            return (
              <Table.Tr key={task.id} data-task-id={task.id} opacity={pending ? 0.6 : undefined}>
                <Table.Td>
                  <Checkbox
                    radius="xl"
                    color="green"
                    checked={task.status === 'done'}
                    disabled={pending || !canComplete(task)}
                    onChange={() => onToggleDone(task)}
                    aria-label={t('row.doneLabel', { title: task.title })}
                  />
                </Table.Td>
                <Table.Td>
                  <UnstyledButton onClick={() => !pending && onOpenTask(task.id)}>
                    <Text
                      size="sm"
                      fw={500}
                      td={task.status === 'done' ? 'line-through' : undefined}
                    >
                      {task.title}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={task.status} />
                </Table.Td>
                <Table.Td>
                  {assignee ? (
                    <Group gap={6} wrap="nowrap">
                      <Avatar name={assignee.name} color="initials" size="sm" radius="xl" />
                      <Text size="sm">{assignee.name}</Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('fields.unassigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DueDate dueDate={task.dueDate} status={task.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <PriorityFlag priority={task.priority} />
                    <Text size="sm">{t(`priority.${task.priority}`)}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
