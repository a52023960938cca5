import { Badge, Text, Tooltip } from '@mantine/core';
import { IconFlag3Filled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isOverdue, todayIn, type TaskPriority, type TaskStatus } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import { browserTimeZone } from '../utils/group-by-due';

export const STATUS_COLORS: Record<TaskStatus, string> = {
  todo: 'gray',
  in_progress: 'blue',
  in_review: 'grape',
  done: 'green',
};

const PRIORITY_COLORS: Record<TaskPriority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'gray',
  low: 'gray',
};

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation('tasks');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A flag for high and urgent tasks; normal and low stay quiet. */
export function PriorityFlag({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation('tasks');
  if (priority !== 'urgent' && priority !== 'high') return null;
  const label = t(`priority.${priority}`);
  return (
    <Tooltip label={label}>
      <IconFlag3Filled
        size={14}
        color={`var(--mantine-color-${PRIORITY_COLORS[priority]}-6)`}
        aria-label={label}
        role="img"
      />
    </Tooltip>
  );
}

/** A due date in the user's locale; red once it is past and the task is still open. */
export function DueDate({ dueDate, status }: { dueDate: string | null; status: TaskStatus }) {
  const format = useFormatters();
  if (!dueDate) return null;
  const today = todayIn(browserTimeZone());
  const late = isOverdue({ status, dueDate }, today);
  // a calendar date: format it at noon UTC so no time zone moves it to another day
  const label = format.date(`${dueDate}T12:00:00Z`, {
    day: 'numeric',
    month: 'short',
    year: dueDate.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
    timeZone: 'UTC',
  });
  return (
    <Text component="span" size="xs" c={late ? 'red.9' : 'dimmed'} fw={late ? 600 : undefined}>
      <time dateTime={dueDate}>{label}</time>
    </Text>
  );
}
