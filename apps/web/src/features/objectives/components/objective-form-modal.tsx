import { useState, type ChangeEvent } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FieldValidator, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { ApiError, isApiError } from '@/lib/api-client';
import { all, maxLength, parseDecimal, required } from '@/lib/validation';
import { useCreateObjective } from '../api/create-objective';
import type { KeyResultInput, ObjectiveResponse } from '../api/types';
import { useUpdateObjective } from '../api/update-objective';

const TITLE_MAX_LENGTH = 200;
const MAX_KEY_RESULTS = 20;
const VALUE_FIELDS = ['start', 'target', 'current'] as const;
type KeyResultField = 'title' | (typeof VALUE_FIELDS)[number];
const VALUE_LABELS = {
  start: 'form.krStart',
  target: 'form.krTarget',
  current: 'form.krCurrent',
} as const;

interface KeyResultDraft {
  /** Stable React key; `id` is the server's, for key results that exist. */
  key: string;
  id?: string;
  title: string;
  start: string;
  target: string;
  current: string;
}

interface ObjectiveFormModalProps {
  workspaceId: string;
  /** The objective to edit; none to create one. */
  objective: ObjectiveResponse | null;
  opened: boolean;
  members: readonly { userId: string; name: string }[];
  /** Owner of a new objective unless another is chosen. */
  defaultOwnerId: string;
  onClose: () => void;
  onSaved: (objective: ObjectiveResponse) => void;
}

export function ObjectiveFormModal(props: ObjectiveFormModalProps) {
  const { t } = useTranslation('objectives');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.objective ? t('form.editTitle') : t('form.createTitle')}
      size="xl"
    >
      {props.opened ? <ObjectiveForm key={props.objective?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}

let draftCounter = 0;
const newDraft = (): KeyResultDraft => ({
  key: `new-${(draftCounter += 1)}`,
  title: '',
  start: '0',
  target: '',
  current: '0',
});

/**
 * An objective with its key results, edited as a whole: title, period, owner, and the list of
 * key results (add, remove; start, target and current values). Checks run as the user types;
 * the server's errors land under the field they name (`keyResults.2.target`).
 */
function ObjectiveForm({
  workspaceId,
  objective,
  members,
  defaultOwnerId,
  onClose,
  onSaved,
}: ObjectiveFormModalProps) {
  const { t } = useTranslation(['objectives', 'common']);
  const format = useFormatters();
  const createObjective = useCreateObjective(workspaceId);
  const updateObjective = useUpdateObjective(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const numberText = (value: number) =>
    format.number(value, { maximumFractionDigits: 6, useGrouping: false });
  const [rows, setRows] = useState<KeyResultDraft[]>(() =>
    objective
      ? objective.keyResults.map((keyResult) => ({
          key: keyResult.id,
          id: keyResult.id,
          title: keyResult.title,
          start: numberText(keyResult.start),
          target: numberText(keyResult.target),
          current: numberText(keyResult.current),
        }))
      : [newDraft()],
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [rowServerErrors, setRowServerErrors] = useState<Record<string, string>>({});

  const periodEnd: FieldValidator<'title' | 'periodStart' | 'periodEnd' | 'ownerId'> = (
    value,
    values,
  ) => {
    if (!value) return { code: 'required' };
    return values.periodStart && value < values.periodStart ? { code: 'dateOrder' } : null;
  };
  const form = useForm({
    initialValues: {
      title: objective?.title ?? '',
      periodStart: objective?.periodStart ?? '',
      periodEnd: objective?.periodEnd ?? '',
      ownerId: objective ? (objective.ownerId ?? '') : defaultOwnerId,
    },
    validators: {
      title: all(required, maxLength(TITLE_MAX_LENGTH)),
      periodStart: required,
      periodEnd,
    },
  });

  const rowIssue = (row: KeyResultDraft, field: KeyResultField): string | null => {
    if (field === 'title') {
      if (!row.title.trim()) return t('common:validation.required');
      if (row.title.trim().length > TITLE_MAX_LENGTH) {
        return t('common:validation.tooLong', { max: TITLE_MAX_LENGTH });
      }
      return null;
    }
    if (!row[field].trim()) return t('common:validation.required');
    return Number.isNaN(parseDecimal(row[field])) ? t('common:validation.number') : null;
  };
  const rowError = (row: KeyResultDraft, index: number, field: KeyResultField) =>
    rowServerErrors[`${row.key}.${field}`] ??
    rowServerErrors[`keyResults.${index}.${field}`] ??
    (submitted || touched.has(`${row.key}.${field}`)
      ? (rowIssue(row, field) ?? undefined)
      : undefined);

  const setRow = (key: string, field: KeyResultField, value: string) => {
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    );
    setRowServerErrors((current) => {
      const next = { ...current };
      delete next[`${key}.${field}`];
      return next;
    });
  };

  /** Server errors on key results go under their row; the rest to the form's own fields. */
  const absorb = (error: unknown) => {
    if (!isApiError(error)) return setFormError(form.absorbServerError(error));
    const byRow: Record<string, string> = {};
    const rest = error.fields.filter((entry) => {
      const match = /^keyResults\.(\d+)\.(title|start|target|current)$/.exec(entry.field);
      const row = match ? rows[Number(match[1])] : undefined;
      if (match && row) byRow[`${row.key}.${match[2]}`] = entry.errors.join(' ');
      return !(match && row);
    });
    setRowServerErrors(byRow);
    if (Object.keys(byRow).length > 0 && rest.length === 0) return setFormError(null);
    setFormError(
      form.absorbServerError(
        new ApiError({
          statusCode: error.status,
          error: error.error,
          message: error.message,
          fields: rest,
          requestId: error.requestId,
        }),
      ),
    );
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    setSubmitted(true);
    const invalidRow = rows.findIndex((row) =>
      (['title', ...VALUE_FIELDS] as const).some((field) => rowIssue(row, field)),
    );
    if (invalidRow >= 0) {
      document.getElementById(`kr-${rows[invalidRow].key}-title`)?.focus();
      return;
    }
    const keyResults = rows.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      title: row.title.trim(),
      start: parseDecimal(row.start),
      target: parseDecimal(row.target),
      current: parseDecimal(row.current),
    }));
    const input = {
      title: values.title.trim(),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      ownerId: values.ownerId || null,
    };
    if (objective) {
      updateObjective.mutate(
        {
          objectiveId: objective.id,
          changes: { ...input, keyResults: keyResults as KeyResultInput[] },
        },
        { onSuccess: onSaved, onError: absorb },
      );
    } else {
      createObjective.mutate({ ...input, keyResults }, { onSuccess: onSaved, onError: absorb });
    }
  });

  const dayLabel = (value: string) =>
    format.date(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const pending = createObjective.isPending || updateObjective.isPending;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={objective ? t('form.editTitle') : t('form.createTitle')}
    >
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('form.title')}
          placeholder={t('form.titlePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DatePickerInput
            label={t('form.periodStart')}
            withAsterisk
            valueFormatter={({ date }) => (typeof date === 'string' && date ? dayLabel(date) : '')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            {...form.getValueProps('periodStart')}
          />
          <DatePickerInput
            label={t('form.periodEnd')}
            withAsterisk
            minDate={form.values.periodStart || undefined}
            valueFormatter={({ date }) => (typeof date === 'string' && date ? dayLabel(date) : '')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            {...form.getValueProps('periodEnd')}
          />
          <Select
            label={t('form.owner')}
            placeholder={t('form.ownerPlaceholder')}
            data={members.map((member) => ({ value: member.userId, label: member.name }))}
            searchable
            clearable
            {...form.getValueProps('ownerId')}
          />
        </SimpleGrid>

        <Fieldset legend={t('form.keyResults')} variant="filled">
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('form.keyResultsHint')}
            </Text>
            {rows.map((row, index) => {
              const n = index + 1;
              const field = (name: KeyResultField) => ({
                id: `kr-${row.key}-${name}`,
                value: row[name],
                onChange: (event: ChangeEvent<HTMLInputElement>) =>
                  setRow(row.key, name, event.currentTarget.value),
                onBlur: () => setTouched((current) => new Set(current).add(`${row.key}.${name}`)),
                error: rowError(row, index, name),
              });
              return (
                <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
                  <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                    <TextInput
                      label={t('form.krTitle', { n })}
                      placeholder={t('form.krTitlePlaceholder')}
                      withAsterisk
                      {...field('title')}
                    />
                    {VALUE_FIELDS.map((name) => (
                      <TextInput
                        key={name}
                        label={t(VALUE_LABELS[name])}
                        aria-label={t('form.krValue', { field: t(VALUE_LABELS[name]), n })}
                        inputMode="decimal"
                        withAsterisk
                        {...field(name)}
                      />
                    ))}
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={26}
                    aria-label={t('form.remove', { n })}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={rows.length >= MAX_KEY_RESULTS}
                onClick={() => setRows((current) => [...current, newDraft()])}
              >
                {t('form.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {objective ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
