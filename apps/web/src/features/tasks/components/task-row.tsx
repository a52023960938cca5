import { memo } from 'react';
import { Checkbox, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyTaskResponse } from '../api/types';
import { DueDate, PriorityFlag } from './task-badges';
import { useTaskExtensions } from './task-extensions';
import classes from './my-tasks.module.css';

interface TaskRowProps {
  task: MyTaskResponse;
  /** Whether the user may check it off (the shared policy, per the task's workspace). */
  canComplete: boolean;
  showWorkspace: boolean;
  onToggle: (task: MyTaskResponse) => void;
  onOpen: (task: MyTaskResponse) => void;
}

/** One task of My tasks: a checkbox to check it off, the title to open it, where it belongs. */
export const TaskRow = memo(function TaskRow({
  task,
  canComplete,
  showWorkspace,
  onToggle,
  onOpen,
}: TaskRowProps) {
  const { t } = useTranslation('tasks');
  const { rowAction } = useTaskExtensions();
  const done = task.status === 'done';
  const context = [showWorkspace ? task.workspaceName : null, task.clientName, task.projectName]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`${classes.row} ${done ? classes.done : ''}`} data-task-id={task.id}>
      <Checkbox
        radius="xl"
        size="md"
        color="green"
        checked={done}
        disabled={!canComplete}
        onChange={() => onToggle(task)}
        aria-label={t('row.doneLabel', { title: task.title })}
      />
      <UnstyledButton className={classes.title} onClick={() => onOpen(task)}>
        <Text size="sm" fw={500} className={classes.titleText} truncate>
          {task.title}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {context}
        </Text>
      </UnstyledButton>
      <Group gap={8} wrap="nowrap">
        <PriorityFlag priority={task.priority} />
        <DueDate dueDate={task.dueDate} status={task.status} />
        {rowAction?.(task)}
      </Group>
    </div>
  );
});
