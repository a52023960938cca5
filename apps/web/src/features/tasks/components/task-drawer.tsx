import { useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  ActionIcon,
  Avatar,
  Button,
  Checkbox,
  Divider,
  Drawer,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconTrash, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  canAssignTasks,
  canChangeTaskStatus,
  canDeleteTask,
  canEditTask,
  isTaskPriority,
  isTaskStatus,
  TASK_PRIORITIES,
  TASK_STATUSES,
} from '@relais/domain';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useMemberContext } from '@/lib/authorization';
import { useCreateComment } from '../api/create-comment';
import { useDeleteTask } from '../api/delete-task';
import { useComments } from '../api/get-comments';
import { useTask } from '../api/get-task';
import { taskKeys } from '../api/query-keys';
import type {
  ChecklistItem,
  MyTaskResponse,
  Person,
  TaskChanges,
  TaskResponse,
} from '../api/types';
import { useUpdateTask } from '../api/update-task';
import { taskFacts } from '../utils/task-facts';
import { PriorityFlag, StatusBadge } from './task-badges';
import { useTaskExtensions } from './task-extensions';

const TITLE_MAX_LENGTH = 300;
const COMMENT_MAX_LENGTH = 5000;

interface TaskDrawerProps {
  workspaceId: string | null;
  taskId: string | null;
  /** Members of the task's workspace: assignee choices and the names shown. */
  people: readonly Person[];
  onClose: () => void;
  /** The task's workspace is still being looked up (My tasks spans several). */
  resolving?: boolean;
}

/** A task in full, beside the list or board it was opened from (`?task=<id>`). */
export function TaskDrawer({
  workspaceId,
  taskId,
  people,
  onClose,
  resolving = false,
}: TaskDrawerProps) {
  const { t } = useTranslation('tasks');
  return (
    <Drawer
      opened={Boolean(taskId)}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={600}>{t('drawer.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      {taskId && workspaceId ? (
        <TaskDetails
          key={taskId}
          workspaceId={workspaceId}
          taskId={taskId}
          people={people}
          onDeleted={onClose}
        />
      ) : taskId && resolving ? (
        <SectionLoader />
      ) : taskId ? (
        <ErrorAlert error={null} message={t('drawer.notFound')} />
      ) : null}
    </Drawer>
  );
}

/** A copy of the task already on screen (My tasks, a board), so the drawer opens at once. */
function useCachedTask(workspaceId: string, taskId: string): TaskResponse | undefined {
  const queryClient = useQueryClient();
  const mine = queryClient.getQueryData<MyTaskResponse[]>(taskKeys.mine());
  const fromMine = mine?.find((task) => task.id === taskId);
  if (fromMine) return fromMine;
  for (const [, tasks] of queryClient.getQueriesData<TaskResponse[]>({
    queryKey: taskKeys.lists(workspaceId),
  })) {
    const found = tasks?.find((task) => task.id === taskId);
    if (found) return found;
  }
  return undefined;
}

interface TaskDetailsProps {
  workspaceId: string;
  taskId: string;
  people: readonly Person[];
  onDeleted: () => void;
}

function TaskDetails({ workspaceId, taskId, people, onDeleted }: TaskDetailsProps) {
  const { t } = useTranslation(['tasks', 'common']);
  const cached = useCachedTask(workspaceId, taskId);
  const query = useTask(workspaceId, taskId);
  const member = useMemberContext(workspaceId);
  const update = useUpdateTask();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteTask = useDeleteTask();
  const format = useFormatters();
  const { drawerSection, processSection } = useTaskExtensions();

  const task = query.data ?? cached;
  if (!task) {
    if (query.isError)
      return <SectionError error={query.error} retry={() => void query.refetch()} />;
    return <SectionLoader />;
  }

  const facts = taskFacts(task);
  const canEdit = member !== null && canEditTask(member, facts);
  const canChangeStatus = member !== null && canChangeTaskStatus(member, facts);
  const canAssign = member !== null && canAssignTasks(member);
  const canDelete = member !== null && canDeleteTask(member, facts);
  const nameOf = (userId: string | null | undefined) =>
    people.find((p) => p.userId === userId)?.name ?? null;

  const save = (changes: TaskChanges) =>
    update.mutate({ workspaceId, taskId, version: task.version, changes });

  const dateLabel = (value: string) =>
    format.date(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <Stack gap="lg">
      {query.isError && query.data === undefined ? <ErrorAlert error={query.error} /> : null}

      <EditableTitle value={task.title} editable={canEdit} onSave={(title) => save({ title })} />

      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        {canChangeStatus ? (
          <Select
            label={t('fields.status')}
            data={TASK_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            value={task.status}
            onChange={(value) => {
              if (isTaskStatus(value) && value !== task.status) save({ status: value });
            }}
            allowDeselect={false}
          />
        ) : (
          <ReadOnlyField label={t('fields.status')}>
            <StatusBadge status={task.status} />
          </ReadOnlyField>
        )}
        {canEdit ? (
          <Select
            label={t('fields.priority')}
            data={TASK_PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
            value={task.priority}
            onChange={(value) => {
              if (isTaskPriority(value) && value !== task.priority) save({ priority: value });
            }}
            allowDeselect={false}
          />
        ) : (
          <ReadOnlyField label={t('fields.priority')}>
            <Group gap={6}>
              <PriorityFlag priority={task.priority} />
              <Text size="sm">{t(`priority.${task.priority}`)}</Text>
            </Group>
          </ReadOnlyField>
        )}
        {canEdit ? (
          <DatePickerInput
            label={t('fields.dueDate')}
            placeholder={t('fields.noDueDate')}
            value={task.dueDate}
            onChange={(value) => {
              if (value !== task.dueDate) save({ dueDate: value });
            }}
            valueFormatter={({ date }) => (typeof date === 'string' ? dateLabel(date) : '')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': t('fields.clearDueDate') }}
          />
        ) : (
          <ReadOnlyField label={t('fields.dueDate')}>
            <Text size="sm">{task.dueDate ? dateLabel(task.dueDate) : t('fields.noDueDate')}</Text>
          </ReadOnlyField>
        )}
        {canAssign ? (
          <Select
            label={t('fields.assignee')}
            placeholder={t('fields.unassigned')}
            data={people.map((p) => ({ value: p.userId, label: p.name }))}
            value={task.assigneeId}
            onChange={(value) => {
              if (value !== task.assigneeId) save({ assigneeId: value });
            }}
            searchable
            clearable
            nothingFoundMessage={t('fields.nobodyFound')}
          />
        ) : (
          <ReadOnlyField label={t('fields.assignee')}>
            <Text size="sm">{nameOf(task.assigneeId) ?? t('fields.unassigned')}</Text>
          </ReadOnlyField>
        )}
      </SimpleGrid>

      <EditableDescription
        value={task.description}
        editable={canEdit}
        onSave={(description) => save({ description })}
      />

      {processSection?.({
        workspaceId,
        processId: task.processId ?? null,
        editable: canEdit,
        onChange: (processId) => save({ processId }),
      })}

      <Checklist
        items={task.checklist}
        canTick={canChangeStatus}
        canEdit={canEdit}
        onChange={(checklist) => save({ checklist })}
      />

      {drawerSection ? (
        <>
          <Divider />
          {drawerSection(task)}
        </>
      ) : null}

      <Divider />
      <Comments workspaceId={workspaceId} taskId={taskId} nameOf={nameOf} />

      {canDelete ? (
        <>
          <Divider />
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirmingDelete(true)}
            >
              {t('drawer.delete')}
            </Button>
          </Group>
          <ConfirmDialog
            opened={confirmingDelete}
            title={t('drawer.deleteTitle')}
            message={t('drawer.deleteMessage', { title: task.title })}
            confirmLabel={t('drawer.deleteConfirm')}
            loading={deleteTask.isPending}
            error={deleteTask.error}
            onCancel={() => {
              deleteTask.reset();
              setConfirmingDelete(false);
            }}
            onConfirm={() =>
              deleteTask.mutate(
                { workspaceId, taskId },
                {
                  onSuccess: () => {
                    setConfirmingDelete(false);
                    notifications.show({ message: t('drawer.deleted', { title: task.title }) });
                    onDeleted();
                  },
                },
              )
            }
          />
        </>
      ) : null}
    </Stack>
  );
}

function ReadOnlyField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

interface EditableProps {
  value: string;
  editable: boolean;
  onSave: (value: string) => void;
}

/** The title, edited in place: saved on Enter or when leaving the field, Escape cancels. */
function EditableTitle({ value, editable, onSave }: EditableProps) {
  const { t } = useTranslation(['tasks', 'common']);
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // the server's title changed (a save answered, or someone else's edit): show it
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  if (!editable) {
    return (
      <Title order={2} size="h3">
        {value}
      </Title>
    );
  }
  const trimmed = draft.trim();
  const error = !trimmed
    ? t('common:validation.required')
    : trimmed.length > TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TITLE_MAX_LENGTH })
      : undefined;
  const commit = () => {
    if (!error && trimmed !== value) onSave(trimmed);
  };
  return (
    <TextInput
      label={t('fields.title')}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape' && draft !== value) {
          event.stopPropagation();
          setDraft(value);
        }
      }}
      error={error}
      size="md"
      styles={{ input: { fontWeight: 600 } }}
    />
  );
}

function EditableDescription({ value, editable, onSave }: EditableProps) {
  const { t } = useTranslation('tasks');
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  if (!editable) {
    return (
      <ReadOnlyField label={t('fields.description')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={value ? undefined : 'dimmed'}>
          {value || t('fields.noDescription')}
        </Text>
      </ReadOnlyField>
    );
  }
  return (
    <Textarea
      label={t('fields.description')}
      placeholder={t('fields.descriptionPlaceholder')}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft !== value) onSave(draft);
      }}
      autosize
      minRows={3}
      maxRows={12}
    />
  );
}

interface ChecklistProps {
  items: readonly ChecklistItem[];
  canTick: boolean;
  canEdit: boolean;
  onChange: (items: ChecklistItem[]) => void;
}

function Checklist({ items, canTick, canEdit, onChange }: ChecklistProps) {
  const { t } = useTranslation('tasks');
  const [newItem, setNewItem] = useState('');
  const done = items.filter((item) => item.done).length;
  // the API keeps an item's id when it is sent back, and makes one for new items
  const plain = (list: readonly ChecklistItem[]): ChecklistItem[] =>
    list.map(({ id, title, done: isDone }) =>
      id ? { id, title, done: isDone } : { title, done: isDone },
    );

  const add = () => {
    const title = newItem.trim();
    if (!title) return;
    onChange([...plain(items), { title, done: false }]);
    setNewItem('');
  };

  if (items.length === 0 && !canEdit) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="task-checklist-heading">
      <Group justify="space-between">
        <Text fw={600} size="sm" id="task-checklist-heading">
          {t('checklist.title')}
        </Text>
        {items.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('checklist.progress', { done, total: items.length })}
          </Text>
        ) : null}
      </Group>
      {items.length > 0 ? (
        <Progress
          value={(done / items.length) * 100}
          size="sm"
          color="green"
          aria-label={t('checklist.progress', { done, total: items.length })}
        />
      ) : null}
      {items.map((item, index) => (
        <Group key={item.id ?? `${index}-${item.title}`} justify="space-between" wrap="nowrap">
          <Checkbox
            label={item.title}
            checked={item.done}
            disabled={!canTick}
            onChange={(event) =>
              onChange(
                plain(items).map((entry, i) =>
                  i === index ? { ...entry, done: event.currentTarget.checked } : entry,
                ),
              )
            }
            styles={{ label: item.done ? { textDecoration: 'line-through' } : undefined }}
          />
          {canEdit ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('checklist.remove', { title: item.title })}
              onClick={() => onChange(plain(items).filter((_, i) => i !== index))}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {canEdit ? (
        <TextInput
          aria-label={t('checklist.add')}
          placeholder={t('checklist.addPlaceholder')}
          value={newItem}
          onChange={(event) => setNewItem(event.currentTarget.value)}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          size="sm"
        />
      ) : null}
    </Stack>
  );
}

interface CommentsProps {
  workspaceId: string;
  taskId: string;
  nameOf: (userId: string | null) => string | null;
}

function Comments({ workspaceId, taskId, nameOf }: CommentsProps) {
  const { t } = useTranslation(['tasks', 'common']);
  const format = useFormatters();
  const query = useComments(workspaceId, taskId);
  const createComment = useCreateComment();
  const [body, setBody] = useState('');
  const trimmed = body.trim();
  const tooLong = trimmed.length > COMMENT_MAX_LENGTH;

  const submit = () => {
    if (!trimmed || tooLong) return;
    createComment.mutate({ workspaceId, taskId, body: trimmed }, { onSuccess: () => setBody('') });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="task-comments-heading">
      <Text fw={600} size="sm" id="task-comments-heading">
        {t('comments.title')}
      </Text>
      {query.isPending ? (
        <SectionLoader />
      ) : query.isError ? (
        <SectionError error={query.error} retry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : (
        <Stack gap="sm" role="list">
          {query.data.map((comment) => {
            const author = comment.authorName ?? nameOf(comment.authorId) ?? t('comments.someone');
            return (
              <Group key={comment.id} align="flex-start" wrap="nowrap" gap="sm" role="listitem">
                <Avatar name={author} color="initials" size="sm" radius="xl" />
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {author}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <time dateTime={comment.createdAt}>
                        {format.date(comment.createdAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </time>
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {comment.body}
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
      <Textarea
        label={t('comments.add')}
        placeholder={t('comments.placeholder')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            submit();
          }
        }}
        error={tooLong ? t('common:validation.tooLong', { max: COMMENT_MAX_LENGTH }) : undefined}
        autosize
        minRows={2}
      />
      {createComment.isError ? <ErrorAlert error={createComment.error} /> : null}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('comments.hint')}
        </Text>
        <Button
          size="sm"
          onClick={submit}
          disabled={!trimmed || tooLong}
          loading={createComment.isPending}
        >
          {t('comments.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
