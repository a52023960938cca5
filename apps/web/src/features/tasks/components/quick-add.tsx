import { useRef, useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Button,
  CloseButton,
  Fieldset,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconNotebook, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isTaskStatus, TASK_STATUSES, type TaskStatus } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import type { Person } from '../api/types';
import { useTaskExtensions, type TaskTemplateDraft } from './task-extensions';

const TITLE_MAX_LENGTH = 300;
const DESCRIPTION_MAX_LENGTH = 20_000;
const CHECKLIST_MAX_ITEMS = 100;

export interface QuickAddValues {
  title: string;
  status: TaskStatus;
  assigneeId: string | null;
  dueDate: string | null;
  /** Filled from a template (then editable); empty otherwise. */
  description: string;
  /** The checklist items' titles, in order. */
  checklist: string[];
  /** The process (SOP) the task follows. */
  processId: string | null;
}

/** What a picked template filled in, as the user edits it. */
interface TemplateState {
  templateId: string;
  /** The template's title, to clear it again with the template. */
  title: string;
  description: string;
  checklist: { key: number; title: string }[];
  processId: string | null;
  processTitle: string | null;
}

interface QuickAddProps {
  workspaceId: string;
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
 * Column, assignee and due date stay as they were for the next task. "From template" fills the
 * title, description, checklist and process, all editable; the next task starts without it.
 */
export function QuickAdd({
  workspaceId,
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
  const [template, setTemplate] = useState<TemplateState | null>(null);
  const [showError, setShowError] = useState(false);
  const { templateField } = useTaskExtensions();
  const itemKey = useRef(0);
  const checklistRef = useRef<HTMLDivElement>(null);
  const trimmed = title.trim();
  const error = !trimmed
    ? t('common:validation.required')
    : trimmed.length > TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TITLE_MAX_LENGTH })
      : null;
  const descriptionError =
    template && template.description.length > DESCRIPTION_MAX_LENGTH
      ? t('common:validation.tooLong', { max: DESCRIPTION_MAX_LENGTH })
      : null;
  const itemError = (itemTitle: string) =>
    itemTitle.trim().length > TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TITLE_MAX_LENGTH })
      : null;
  const invalid =
    error !== null ||
    descriptionError !== null ||
    (template?.checklist.some((item) => itemError(item.title)) ?? false);

  const nextKey = () => {
    itemKey.current += 1;
    return itemKey.current;
  };

  const pickTemplate = (draft: TaskTemplateDraft | null) => {
    if (!draft) {
      // the template's title goes with it; a title the user typed stays
      if (template && title === template.title) setTitle('');
      setTemplate(null);
      return;
    }
    setTitle(draft.title);
    setTemplate({
      templateId: draft.templateId,
      title: draft.title,
      description: draft.description,
      checklist: draft.checklist.map((itemTitle) => ({ key: nextKey(), title: itemTitle })),
      processId: draft.processId,
      processTitle: draft.processTitle,
    });
  };

  const editTemplate = (changes: Partial<TemplateState>) =>
    setTemplate((current) => (current ? { ...current, ...changes } : current));

  const addItem = (at?: number) => {
    if (!template || template.checklist.length >= CHECKLIST_MAX_ITEMS) return;
    const index = at ?? template.checklist.length;
    editTemplate({
      checklist: [
        ...template.checklist.slice(0, index),
        { key: nextKey(), title: '' },
        ...template.checklist.slice(index),
      ],
    });
    requestAnimationFrame(() =>
      checklistRef.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus(),
    );
  };

  return (
    <Paper withBorder radius="md" p="sm" shadow="xs">
      <form
        aria-label={t('quickAdd.label')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid) {
            setShowError(true);
            return;
          }
          onSubmit({
            title: trimmed,
            status,
            assigneeId,
            dueDate,
            description: template?.description.trim() ?? '',
            // items left without a title are not items
            checklist: (template?.checklist ?? [])
              .map((item) => item.title.trim())
              .filter((itemTitle) => itemTitle !== ''),
            processId: template?.processId ?? null,
          });
          setTitle('');
          setTemplate(null);
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
          {templateField?.({
            workspaceId,
            templateId: template?.templateId ?? null,
            onChange: pickTemplate,
          })}
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
        {template ? (
          <Stack gap="sm" mt="sm">
            <Textarea
              label={t('fields.description')}
              placeholder={t('fields.descriptionPlaceholder')}
              value={template.description}
              onChange={(event) => editTemplate({ description: event.currentTarget.value })}
              error={showError ? descriptionError : null}
              autosize
              minRows={2}
              maxRows={8}
            />
            <Fieldset legend={t('checklist.title')} variant="unstyled">
              <Stack gap={6} ref={checklistRef}>
                {template.checklist.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('quickAdd.noChecklist')}
                  </Text>
                ) : null}
                {template.checklist.map((item, index) => (
                  <Group key={item.key} gap="xs" wrap="nowrap" align="flex-start">
                    <TextInput
                      aria-label={t('quickAdd.checklistItem', { number: index + 1 })}
                      value={item.title}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        editTemplate({
                          checklist: template.checklist.map((x) =>
                            x.key === item.key ? { ...x, title: value } : x,
                          ),
                        });
                      }}
                      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                        // Enter adds the next item rather than creating the task
                        if (event.key === 'Enter') {
                          event.preventDefault();
                          addItem(index + 1);
                        }
                      }}
                      error={showError ? itemError(item.title) : null}
                      size="xs"
                      style={{ flex: 1 }}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('checklist.remove', {
                        title:
                          item.title.trim() || t('quickAdd.checklistItem', { number: index + 1 }),
                      })}
                      onClick={() =>
                        editTemplate({
                          checklist: template.checklist.filter((x) => x.key !== item.key),
                        })
                      }
                    >
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => addItem()}
                    disabled={template.checklist.length >= CHECKLIST_MAX_ITEMS}
                  >
                    {t('quickAdd.addChecklistItem')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
            {template.processId ? (
              <Group gap="xs" wrap="nowrap">
                <IconNotebook size={16} aria-hidden />
                <Text size="sm">
                  {template.processTitle
                    ? t('quickAdd.process', { title: template.processTitle })
                    : t('quickAdd.processUnnamed')}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('quickAdd.unlinkProcess')}
                  onClick={() => editTemplate({ processId: null, processTitle: null })}
                />
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </form>
    </Paper>
  );
}
