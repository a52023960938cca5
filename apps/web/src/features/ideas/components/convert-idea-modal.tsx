import { useRef, useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { isApiError } from '@/lib/api-client';
import { all, maxLength, required } from '@/lib/validation';
import { useConvertIdea } from '../api/convert-idea';
import {
  MAX_FIRST_TASKS,
  type Assignee,
  type FirstTaskInput,
  type IdeaConversionResponse,
  type IdeaResponse,
  type Option,
} from '../api/types';

const PROJECT_NAME_MAX_LENGTH = 160;
const TASK_TITLE_MAX_LENGTH = 300;

type Field = 'clientId' | 'projectName';

interface TaskDraft {
  key: number;
  title: string;
  assigneeId: string | null;
  dueDate: string | null;
}

interface ConvertIdeaModalProps {
  workspaceId: string;
  idea: IdeaResponse | null;
  clients: readonly Option[];
  assignees: readonly Assignee[];
  onClose: () => void;
  onConverted: (result: IdeaConversionResponse) => void;
}

/** Turns an idea into a project for a client, with its first tasks and who does them. */
export function ConvertIdeaModal(props: ConvertIdeaModalProps) {
  const { t } = useTranslation('ideas');
  return (
    <Modal
      opened={props.idea !== null}
      onClose={props.onClose}
      title={t('convert.title')}
      size="xl"
    >
      {props.idea ? <ConvertForm key={props.idea.id} {...props} idea={props.idea} /> : null}
    </Modal>
  );
}

function ConvertForm({
  workspaceId,
  idea,
  clients,
  assignees,
  onClose,
  onConverted,
}: ConvertIdeaModalProps & { idea: IdeaResponse }) {
  const { t } = useTranslation(['ideas', 'common']);
  const format = useFormatters();
  const convert = useConvertIdea(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const keyCounter = useRef(0);
  const newTask = (): TaskDraft => {
    keyCounter.current += 1;
    return { key: keyCounter.current, title: '', assigneeId: null, dueDate: null };
  };
  const [tasks, setTasks] = useState<TaskDraft[]>(() => [newTask()]);
  const [taskErrors, setTaskErrors] = useState<Record<number, string>>({});
  const tasksRef = useRef<HTMLDivElement>(null);
  const form = useForm<Field>({
    initialValues: {
      clientId: clients.length === 1 ? clients[0].id : '',
      projectName: idea.title.slice(0, PROJECT_NAME_MAX_LENGTH),
    },
    validators: {
      clientId: required,
      projectName: all(required, maxLength(PROJECT_NAME_MAX_LENGTH)),
    },
  });
  const clientId = form.values.clientId;
  const eligible = assignees.filter(
    (a) => !clientId || a.clientIds.length === 0 || a.clientIds.includes(clientId),
  );

  const updateTask = (key: number, changes: Partial<TaskDraft>) => {
    setTasks((current) =>
      current.map((task) => (task.key === key ? { ...task, ...changes } : task)),
    );
    setTaskErrors((current) => {
      if (!current[key]) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  };

  const addTask = (at = tasks.length) => {
    if (tasks.length >= MAX_FIRST_TASKS) return;
    setTasks((current) => [...current.slice(0, at), newTask(), ...current.slice(at)]);
    requestAnimationFrame(() =>
      tasksRef.current?.querySelectorAll<HTMLInputElement>('input[data-task-title]')[at]?.focus(),
    );
  };

  const titleError = (task: TaskDraft) =>
    task.title.trim().length > TASK_TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TASK_TITLE_MAX_LENGTH })
      : undefined;

  const submit = form.onSubmit((values) => {
    if (tasks.some((task) => titleError(task))) return;
    setFormError(null);
    setTaskErrors({});
    // rows left without a title are not tasks
    const kept = tasks.filter((task) => task.title.trim());
    const firstTasks: FirstTaskInput[] = kept.map((task) => ({
      title: task.title.trim(),
      ...(task.assigneeId && eligible.some((a) => a.id === task.assigneeId)
        ? { assigneeId: task.assigneeId }
        : {}),
      ...(task.dueDate ? { dueDate: task.dueDate } : {}),
    }));
    convert.mutate(
      {
        ideaId: idea.id,
        input: {
          clientId: values.clientId,
          projectName: values.projectName.trim(),
          tasks: firstTasks,
        },
      },
      {
        onSuccess: onConverted,
        onError: (error) => {
          // `tasks.2.assigneeId` goes under the third row sent
          const rowErrors: Record<number, string> = {};
          const fields = isApiError(error) ? error.fields : [];
          for (const entry of fields) {
            const match = /^tasks\.(\d+)\./.exec(entry.field);
            const row = match ? kept[Number(match[1])] : undefined;
            if (row) rowErrors[row.key] = entry.errors.join(' ');
          }
          setTaskErrors(rowErrors);
          if (fields.length > 0 && fields.every((f) => f.field.startsWith('tasks.'))) {
            setFormError(null);
            return;
          }
          setFormError(form.absorbServerError(error));
        },
      },
    );
  });

  const dateLabel = (value: string) =>
    format.date(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <form onSubmit={submit} noValidate aria-label={t('convert.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('convert.description', { title: idea.title })}
        </Text>
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <Select
          label={t('convert.client')}
          placeholder={t('convert.clientPlaceholder')}
          data={clients.map((c) => ({ value: c.id, label: c.name }))}
          withAsterisk
          searchable
          nothingFoundMessage={t('convert.noClient')}
          data-autofocus
          {...form.getValueProps('clientId')}
          value={clientId || null}
        />
        <TextInput
          label={t('convert.projectName')}
          withAsterisk
          {...form.getInputProps('projectName')}
        />
        <Fieldset legend={t('convert.tasks')} variant="unstyled">
          <Stack gap="xs" ref={tasksRef}>
            <Text size="xs" c="dimmed">
              {t('convert.tasksDescription')}
            </Text>
            {tasks.map((task, index) => (
              <Group key={task.key} gap="xs" align="flex-start" wrap="wrap">
                <TextInput
                  aria-label={t('convert.taskTitle', { number: index + 1 })}
                  placeholder={t('convert.taskPlaceholder')}
                  value={task.title}
                  data-task-title
                  onChange={(event) => updateTask(task.key, { title: event.currentTarget.value })}
                  onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      addTask(index + 1);
                    }
                  }}
                  error={titleError(task) ?? taskErrors[task.key]}
                  style={{ flex: 2, minWidth: 200 }}
                />
                <Select
                  aria-label={t('convert.taskAssignee', { number: index + 1 })}
                  placeholder={t('convert.unassigned')}
                  data={eligible.map((a) => ({ value: a.id, label: a.name }))}
                  value={task.assigneeId}
                  onChange={(value) => updateTask(task.key, { assigneeId: value })}
                  searchable
                  clearable
                  nothingFoundMessage={t('convert.nobodyFound')}
                  style={{ flex: 1, minWidth: 160 }}
                />
                <DatePickerInput
                  aria-label={t('convert.taskDueDate', { number: index + 1 })}
                  placeholder={t('convert.noDueDate')}
                  value={task.dueDate}
                  onChange={(value) => updateTask(task.key, { dueDate: value })}
                  valueFormatter={({ date }) => (typeof date === 'string' ? dateLabel(date) : '')}
                  leftSection={<IconCalendar size={16} aria-hidden />}
                  clearable
                  style={{ flex: 1, minWidth: 150 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('convert.removeTask', { number: index + 1 })}
                  onClick={() => setTasks((current) => current.filter((x) => x.key !== task.key))}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => addTask()}
                disabled={tasks.length >= MAX_FIRST_TASKS}
              >
                {t('convert.addTask')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={convert.isPending}>
            {t('convert.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
