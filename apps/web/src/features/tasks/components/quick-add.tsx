import { useState } from 'react';
import { Button, CloseButton, Group, Paper, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isTaskStatus, TASK_STATUSES, type TaskStatus } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import type { Person } from '../api/types';

const TITLE_MAX_LENGTH = 300;

export interface QuickAddValues {
  title: string;
  status: TaskStatus;
  assigneeId: string | null;
  dueDate: string | null;
}

interface QuickAddProps {
  status: TaskStatus;
  onStatusChange: (status: TaskStatus) => void;
  people: readonly Person[];
  /** Whether the user may pick the assignee (a VA's tasks are her own). */
  canAssign: boolean;
  onSubmit: (values: QuickAddValues) => void;
  onClose: () => void;
}

/**
 * The keyboard-first way to add tasks (`q` or `c`): type a title, Enter, type the next one.
 * Column, assignee and due date stay as they were for the next task.
 */
export function QuickAdd({
  status,
  onStatusChange,
  people,
  canAssign,
  onSubmit,
  onClose,
}: QuickAddProps) {
  const { t } = useTranslation(['tasks', 'common']);
  const format = useFormatters();
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [showError, setShowError] = useState(false);
  const trimmed = title.trim();
  const error = !trimmed
    ? t('common:validation.required')
    : trimmed.length > TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TITLE_MAX_LENGTH })
      : null;

  return (
    <Paper withBorder radius="md" p="sm" shadow="xs">
      <form
        aria-label={t('quickAdd.label')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (error) {
            setShowError(true);
            return;
          }
          onSubmit({ title: trimmed, status, assigneeId, dueDate });
          setTitle('');
          setShowError(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('quickAdd.title')}
            placeholder={t('quickAdd.placeholder')}
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              if (showError && event.currentTarget.value.trim()) setShowError(false);
            }}
            error={showError ? error : null}
            data-autofocus
            autoFocus
            style={{ flex: '1 1 280px' }}
          />
          <Select
            label={t('quickAdd.column')}
            data={TASK_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            value={status}
            onChange={(value) => {
              if (isTaskStatus(value)) onStatusChange(value);
            }}
            allowDeselect={false}
            w={150}
          />
          {canAssign ? (
            <Select
              label={t('fields.assignee')}
              placeholder={t('fields.unassigned')}
              data={people.map((p) => ({ value: p.userId, label: p.name }))}
              value={assigneeId}
              onChange={setAssigneeId}
              searchable
              clearable
              nothingFoundMessage={t('fields.nobodyFound')}
              w={190}
            />
          ) : null}
          <DatePickerInput
            label={t('fields.dueDate')}
            placeholder={t('fields.noDueDate')}
            value={dueDate}
            onChange={setDueDate}
            valueFormatter={({ date }) =>
              typeof date === 'string'
                ? format.date(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })
                : ''
            }
            leftSection={<IconCalendar size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': t('fields.clearDueDate') }}
            w={170}
          />
          <Group gap={4} mt={25} wrap="nowrap">
            <Button type="submit">{t('quickAdd.submit')}</Button>
            <CloseButton aria-label={t('quickAdd.close')} onClick={onClose} />
          </Group>
        </Group>
      </form>
    </Paper>
  );
}
