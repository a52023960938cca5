import { useState } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addCalendarDays, isCalendarDate } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { isApiError } from '@/lib/api-client';
import { maxLength, required, type Validator } from '@/lib/validation';
import { useCreateTimeEntry } from '../api/create-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import type { TimeEntryResponse } from '../api/types';
import { useUpdateTimeEntry } from '../api/update-time-entry';
import { durationIssue, formatDuration, parseDuration } from '../utils/duration';
import { clockMinutes, clockMinutesUp, suggestStart, toClock } from '../utils/suggest-start';

const NOTE_MAX_LENGTH = 2000;
/** The server accepts a start a few minutes ahead of its clock; so does the form. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `YYYY-MM-DD` of the instant on this device's calendar. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instant of a day and a clock time on this device, or null when either is not one. */
function toInstant(day: string, clock: string): Date | null {
  const time = CLOCK.exec(clock);
  if (!isCalendarDate(day) || !time) return null;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, Number(time[1]), Number(time[2]));
}

interface LogTimeFormProps {
  workspaceId: string;
  task: { id: string; title: string };
  /** Who logs: their entries of the day place the suggested start after the last one. */
  userId: string;
  /** The entry to edit; none to log new time. */
  entry?: TimeEntryResponse;
  onDone: (entry: TimeEntryResponse) => void;
  onCancel: () => void;
}

/**
 * Time spent on a task: the day, when it started, how long ("1h30", "90", "1,5 h"), billable, a
 * note. The start is suggested after the person's last entry of the day, so entries do not
 * overlap; the server refuses overlaps anyway and the form says so under the start.
 */
export function LogTimeForm({
  workspaceId,
  task,
  userId,
  entry,
  onDone,
  onCancel,
}: LogTimeFormProps) {
  const { t, i18n } = useTranslation(['time', 'common']);
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const createEntry = useCreateTimeEntry(workspaceId);
  const updateEntry = useUpdateTimeEntry(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [overlap, setOverlap] = useState(false);
  const [billable, setBillable] = useState(entry?.billable ?? true);
  const [startTouched, setStartTouched] = useState(Boolean(entry));
  const now = new Date();
  const today = localDay(now);
  const startedAt = entry ? new Date(entry.startedAt) : null;

  const durationValidator: Validator = (value) => {
    const issue = durationIssue(value);
    if (issue === 'format') {
      return value.trim()
        ? { code: 'custom', message: t('log.durationFormat') }
        : { code: 'required' };
    }
    return issue === 'range' ? { code: 'custom', message: t('log.durationRange') } : null;
  };

  const form = useForm({
    initialValues: {
      date: startedAt ? localDay(startedAt) : today,
      startedAt: startedAt ? toClock(clockMinutes(startedAt)) : '',
      minutes: entry?.minutes ? formatDuration(entry.minutes, language) : '',
      note: entry?.note ?? '',
    },
    validators: {
      date: required,
      minutes: durationValidator,
      note: maxLength(NOTE_MAX_LENGTH),
    },
  });
  const { values } = form;

  // the person's entries of the chosen day, for a start that does not overlap them
  const dayEntries = useTimeEntries(
    workspaceId,
    isCalendarDate(values.date)
      ? { memberId: userId, from: values.date, to: addCalendarDays(values.date, 1) }
      : {},
    !startTouched && isCalendarDate(values.date),
  );
  const suggested = suggestStart({
    isToday: values.date === today,
    now: clockMinutes(now),
    minutes: parseDuration(values.minutes),
    entries: (dayEntries.data ?? [])
      .filter((other) => other.id !== entry?.id)
      .map((other) => ({
        start: clockMinutes(new Date(other.startedAt)),
        end: clockMinutesUp(other.endedAt ? new Date(other.endedAt) : now),
      })),
  });
  const start = startTouched ? values.startedAt : suggested;

  const startIssue = (): string | null => {
    if (!CLOCK.test(start)) return start ? t('log.timeFormat') : t('common:validation.required');
    const instant = toInstant(values.date, start);
    if (instant && instant.getTime() > Date.now() + FUTURE_TOLERANCE_MS) return t('log.future');
    return null;
  };
  const [startShown, setStartShown] = useState(false);
  const startProps = form.getInputProps('startedAt');
  const startError = overlap
    ? t('log.overlap')
    : (startProps.error ?? (startShown ? (startIssue() ?? undefined) : undefined));

  const minutes = parseDuration(values.minutes);
  const durationProps = form.getInputProps('minutes');

  const submit = form.onSubmit((submitted) => {
    setFormError(null);
    setStartShown(true);
    const instant = toInstant(submitted.date, start);
    const parsed = parseDuration(submitted.minutes);
    if (startIssue() || !instant || parsed === null) return;
    const input = {
      startedAt: instant.toISOString(),
      minutes: parsed,
      billable,
      note: submitted.note.trim(),
    };
    const onError = (error: unknown) => {
      if (isApiError(error) && error.status === 409 && /overlap/i.test(error.message)) {
        setOverlap(true);
        return;
      }
      setFormError(form.absorbServerError(error));
    };
    const onSuccess = (saved: TimeEntryResponse) => {
      notifications.show({
        color: 'green',
        message: entry
          ? t('log.saved')
          : t('log.logged', {
              duration: formatDuration(saved.minutes ?? parsed, language),
              title: task.title,
            }),
      });
      onDone(saved);
    };
    if (entry) updateEntry.mutate({ entryId: entry.id, changes: input }, { onSuccess, onError });
    else createEntry.mutate({ taskId: task.id, ...input }, { onSuccess, onError });
  });

  const dayLabel = (day: string) =>
    format.date(`${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={entry ? t('log.editLabel') : t('log.formLabel', { title: task.title })}
    >
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <DatePickerInput
            label={t('log.date')}
            withAsterisk
            maxDate={today}
            valueFormatter={({ date }) => (typeof date === 'string' && date ? dayLabel(date) : '')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            {...form.getValueProps('date')}
            onChange={(value) => {
              setOverlap(false);
              form.setValue('date', value ?? '');
            }}
          />
          <TimeInput
            label={t('log.start')}
            withAsterisk
            leftSection={<IconClock size={16} aria-hidden />}
            name="startedAt"
            value={start}
            onChange={(event) => {
              setOverlap(false);
              setStartTouched(true);
              form.setValue('startedAt', event.currentTarget.value);
            }}
            onBlur={() => setStartShown(true)}
            error={startError}
          />
          <TextInput
            label={t('log.duration')}
            placeholder={t('log.durationPlaceholder')}
            description={
              minutes !== null && !durationIssue(values.minutes)
                ? t('log.durationPreview', { duration: formatDuration(minutes, language) })
                : t('log.durationHint')
            }
            withAsterisk
            autoFocus={!entry}
            autoComplete="off"
            {...durationProps}
            onChange={(event) => {
              setOverlap(false);
              durationProps.onChange(event);
            }}
          />
        </SimpleGrid>
        <Textarea
          label={t('log.note')}
          placeholder={t('log.notePlaceholder')}
          autosize
          minRows={1}
          maxRows={6}
          {...form.getInputProps('note')}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
        />
        <Group justify="space-between" gap="sm">
          <Checkbox
            label={t('log.billable')}
            checked={billable}
            onChange={(event) => setBillable(event.currentTarget.checked)}
          />
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={createEntry.isPending || updateEntry.isPending}>
              {entry ? t('log.save') : t('log.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
