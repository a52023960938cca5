import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import {
  IconCalendar,
  IconCheck,
  IconChevronLeft,
  IconChevronRight,
  IconClockHour4,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addCalendarDays, daysBetween, todayIn } from '@relais/domain';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { describeError } from '@/lib/errors';
import { useApproveTimeEntries } from '../api/approve-time-entries';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import type { TimeEntriesFilters, TimeEntryResponse } from '../api/types';
import { formatDuration } from '../utils/duration';
import { awaitsApproval, canChangeEntry } from '../utils/entry-rules';
import { groupEntriesByDay, totalMinutes } from '../utils/group-by-day';
import {
  lastDay,
  MAX_RANGE_DAYS,
  rangeFromParams,
  shiftRange,
  weekOf,
  type DayRange,
} from '../utils/period';
import { EntryStatusBadge } from './entry-status-badge';
import { ExportMenu } from './export-menu';
import { LogTimeForm } from './log-time-form';
import classes from './time-sheet.module.css';

const STATUSES = ['all', 'pending', 'approved'] as const;
type StatusFilter = (typeof STATUSES)[number];

interface TimeSheetProps {
  workspaceId: string;
  userId: string;
  /** OBM, ops director, founder: everyone's time, a member filter. A VA: her own. */
  canViewAll: boolean;
  canApprove: boolean;
  canSeeMoney: boolean;
  currency: string;
  /** The workspace's: days and periods are its days. */
  timeZone: string;
  members: readonly { userId: string; name: string }[];
}

/** The address holds the period (`?from=&to=`, a week by default), `?member=` and `?status=`. */
function useSheetParams(today: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const range = rangeFromParams(searchParams.get('from'), searchParams.get('to'), today);
  const statusParam = searchParams.get('status');
  const status: StatusFilter = (STATUSES as readonly string[]).includes(statusParam ?? '')
    ? (statusParam as StatusFilter)
    : 'all';
  const memberId = searchParams.get('member') ?? undefined;
  const update = (changes: Record<string, string | null>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const setRange = (next: DayRange) => {
    const week = weekOf(today);
    const isThisWeek = next.from === week.from && next.to === week.to;
    update(isThisWeek ? { from: null, to: null } : { from: next.from, to: next.to });
  };
  return { range, status, memberId, update, setRange };
}

/**
 * Time entries of a period, grouped by day. Approvers tick entries and approve them one by one
 * or together; authors edit or delete their own until approved; everyone exports the period as
 * CSV.
 */
export function TimeSheet({
  workspaceId,
  userId,
  canViewAll,
  canApprove,
  canSeeMoney,
  currency,
  timeZone,
  members,
}: TimeSheetProps) {
  const { t, i18n } = useTranslation('time');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const today = todayIn(timeZone);
  const { range, status, memberId, update, setRange } = useSheetParams(today);
  const filters: TimeEntriesFilters = {
    from: range.from,
    to: range.to,
    memberId: canViewAll ? memberId : undefined,
    approved: status === 'all' ? undefined : status === 'approved',
  };
  const query = useTimeEntries(workspaceId, filters);
  const approve = useApproveTimeEntries(workspaceId);
  const deleteEntry = useDeleteTimeEntry(workspaceId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [editing, setEditing] = useState<TimeEntryResponse | null>(null);
  const [deleting, setDeleting] = useState<TimeEntryResponse | null>(null);

  const entries = useMemo(() => query.data ?? [], [query.data]);
  const days = useMemo(() => groupEntriesByDay(entries, timeZone), [entries, timeZone]);
  const approvable = useMemo(() => entries.filter(awaitsApproval), [entries]);
  // a selection survives refetches only for entries still waiting
  const selection = approvable.filter((entry) => selected.has(entry.id)).map((e) => e.id);
  const totals = totalMinutes(entries);
  const money = canSeeMoney
    ? entries.reduce(
        (sum, entry) => ({
          value: sum.value + (entry.amountCents ?? 0),
          cost: sum.cost + (entry.costCents ?? 0),
        }),
        { value: 0, cost: 0 },
      )
    : null;

  const duration = (minutes: number) => formatDuration(minutes, language);
  const dayTitle = (day: string) => {
    const text = format.date(`${day}T12:00:00Z`, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    // "lundi 23 novembre" starts a heading: only its first letter takes a capital
    return text.charAt(0).toLocaleUpperCase(format.locale) + text.slice(1);
  };
  const shortDay = (day: string) =>
    format.date(`${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  // clock times on this device's clock, as the log-time form takes them
  const clock = (iso: string) => format.date(iso, { timeStyle: 'short' });
  const week = weekOf(today);
  const isThisWeek = range.from === week.from && range.to === week.to;

  const runApproval = (ids: string[]) =>
    approve.mutate(ids, {
      onSuccess: (approved) => {
        setSelected(new Set());
        notifications.show({
          color: 'green',
          message: t('sheet.approved', { count: approved.length }),
        });
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('sheet.approveFailed'),
          message: describeError(error, tCommon),
        }),
    });

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  const controls = (
    <Group gap="sm" align="flex-end" wrap="wrap" justify="space-between">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Group gap={4} align="flex-end" wrap="nowrap">
          <Tooltip label={t('sheet.previous')} openDelay={300}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('sheet.previous')}
              onClick={() => setRange(shiftRange(range, -1))}
            >
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <DatePickerInput
            type="range"
            label={t('sheet.period')}
            value={[range.from, lastDay(range)]}
            onChange={([first, last]) => {
              if (!first || !last) return;
              const [start, end] = first <= last ? [first, last] : [last, first];
              const to = addCalendarDays(end, 1);
              setRange({
                from: start,
                to:
                  daysBetween(start, to) > MAX_RANGE_DAYS
                    ? addCalendarDays(start, MAX_RANGE_DAYS)
                    : to,
              });
            }}
            valueFormatter={({ date }) =>
              Array.isArray(date) && typeof date[0] === 'string'
                ? `${shortDay(date[0])} – ${typeof date[1] === 'string' ? shortDay(date[1]) : '…'}`
                : ''
            }
            leftSection={<IconCalendar size={16} aria-hidden />}
            allowSingleDateInRange
            w={280}
          />
          <Tooltip label={t('sheet.next')} openDelay={300}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('sheet.next')}
              onClick={() => setRange(shiftRange(range, 1))}
            >
              <IconChevronRight size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Button variant="subtle" onClick={() => setRange(week)} disabled={isThisWeek}>
            {t('sheet.thisWeek')}
          </Button>
        </Group>
        {canViewAll ? (
          <Select
            label={t('sheet.member')}
            placeholder={t('sheet.everyone')}
            data={members.map((member) => ({ value: member.userId, label: member.name }))}
            value={memberId ?? null}
            onChange={(value) => update({ member: value })}
            clearable
            searchable
            w={220}
          />
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="time-status-label">
            {t('sheet.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="time-status-label"
            value={status}
            onChange={(value) => update({ status: value === 'all' ? null : value })}
            data={STATUSES.map((value) => ({ value, label: t(`sheet.${value}`) }))}
          />
        </Stack>
      </Group>
      <ExportMenu workspaceId={workspaceId} filters={filters} />
    </Group>
  );

  let content;
  if (query.isPending) {
    content = <SectionLoader label={t('sheet.loading')} />;
  } else if (query.isError) {
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  } else if (entries.length === 0) {
    content = (
      <EmptyStatePanel
        icon={<IconClockHour4 aria-hidden />}
        title={t('sheet.emptyTitle')}
        description={
          memberId || status !== 'all'
            ? t('sheet.emptyFilteredDescription')
            : t('sheet.emptyDescription')
        }
      />
    );
  } else {
    const allSelected = approvable.length > 0 && selection.length === approvable.length;
    content = (
      <Stack
        gap="sm"
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={query.isFetching}
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {t('sheet.summary', {
              total: duration(totals.total),
              billable: duration(totals.billable),
            })}
            {money
              ? ` · ${t('sheet.summaryValue', {
                  value: format.money(money.value, currency),
                  cost: format.money(money.cost, currency),
                })}`
              : ''}
          </Text>
          {canApprove && approvable.length > 0 ? (
            <Group gap="sm">
              <Checkbox
                label={t('sheet.selectAll')}
                checked={allSelected}
                indeterminate={selection.length > 0 && !allSelected}
                onChange={(event) =>
                  setSelected(
                    event.currentTarget.checked
                      ? new Set(approvable.map((entry) => entry.id))
                      : new Set(),
                  )
                }
              />
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                disabled={selection.length === 0}
                loading={approve.isPending}
                onClick={() => runApproval(selection)}
              >
                {t('sheet.approveSelected', { count: selection.length })}
              </Button>
            </Group>
          ) : null}
        </Group>
        <Paper withBorder radius="md">
          {days.map(({ day, entries: ofDay, minutes }) => {
            const headingId = `time-day-${day}`;
            return (
              <section key={day} aria-labelledby={headingId} className={classes.day}>
                <Group justify="space-between" className={classes.dayHeader}>
                  <Title order={2} size="h5" id={headingId}>
                    {dayTitle(day)}
                  </Title>
                  <Text size="sm" fw={600} className={classes.numeric}>
                    {t('sheet.dayTotal', { duration: duration(minutes) })}
                  </Text>
                </Group>
                <Table.ScrollContainer minWidth={640}>
                  <Table verticalSpacing="xs" horizontalSpacing="md" layout="fixed">
                    <Table.Thead>
                      <Table.Tr>
                        {canApprove ? (
                          <Table.Th p={0} w={44}>
                            <VisuallyHidden>{t('sheet.columns.select')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                        {canViewAll ? (
                          <Table.Th p={0} w={200}>
                            <VisuallyHidden>{t('sheet.columns.member')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                        <Table.Th p={0}>
                          <VisuallyHidden>{t('sheet.columns.task')}</VisuallyHidden>
                        </Table.Th>
                        <Table.Th p={0} w={130}>
                          <VisuallyHidden>{t('sheet.columns.duration')}</VisuallyHidden>
                        </Table.Th>
                        {canSeeMoney ? (
                          <Table.Th p={0} w={100}>
                            <VisuallyHidden>{t('sheet.columns.value')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                        <Table.Th p={0} w={130}>
                          <VisuallyHidden>{t('sheet.columns.status')}</VisuallyHidden>
                        </Table.Th>
                        <Table.Th p={0} w={120}>
                          <VisuallyHidden>{t('sheet.columns.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {ofDay.map((entry) => {
                        const who = entry.userId === userId ? t('entry.you') : entry.memberName;
                        const names = { name: entry.memberName, task: entry.taskTitle };
                        return (
                          <Table.Tr key={entry.id} data-entry-id={entry.id}>
                            {canApprove ? (
                              <Table.Td>
                                {awaitsApproval(entry) ? (
                                  <Checkbox
                                    checked={selected.has(entry.id)}
                                    onChange={(event) =>
                                      toggle(entry.id, event.currentTarget.checked)
                                    }
                                    aria-label={t('sheet.select', names)}
                                  />
                                ) : null}
                              </Table.Td>
                            ) : null}
                            {canViewAll ? (
                              <Table.Td>
                                <Group gap="xs" wrap="nowrap">
                                  <Avatar
                                    name={entry.memberName}
                                    color="initials"
                                    size="sm"
                                    radius="xl"
                                  />
                                  <Text size="sm" truncate>
                                    {who}
                                  </Text>
                                </Group>
                              </Table.Td>
                            ) : null}
                            <Table.Td>
                              <Text size="sm" fw={500} lineClamp={1}>
                                {entry.taskTitle}
                              </Text>
                              <Text size="xs" c="dimmed" lineClamp={2}>
                                {[entry.clientName, entry.projectName, entry.note]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </Text>
                            </Table.Td>
                            <Table.Td ta="right">
                              <Text size="sm" fw={600} className={classes.numeric}>
                                {entry.minutes !== null ? duration(entry.minutes) : '—'}
                              </Text>
                              <Text size="xs" c="dimmed" className={classes.numeric}>
                                {entry.endedAt
                                  ? t('entry.timeRange', {
                                      start: clock(entry.startedAt),
                                      end: clock(entry.endedAt),
                                    })
                                  : clock(entry.startedAt)}
                              </Text>
                            </Table.Td>
                            {canSeeMoney ? (
                              <Table.Td ta="right">
                                <Text size="sm" className={classes.numeric}>
                                  {typeof entry.amountCents === 'number'
                                    ? format.money(entry.amountCents, currency)
                                    : '—'}
                                </Text>
                              </Table.Td>
                            ) : null}
                            <Table.Td>
                              <Group gap={4}>
                                <EntryStatusBadge entry={entry} />
                                {!entry.billable ? (
                                  <Badge size="sm" variant="outline" color="gray">
                                    {t('entry.nonBillable')}
                                  </Badge>
                                ) : null}
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              <Group gap={2} wrap="nowrap" justify="flex-end">
                                {canApprove && awaitsApproval(entry) ? (
                                  <Tooltip label={t('sheet.approve', names)} openDelay={400}>
                                    <ActionIcon
                                      variant="light"
                                      color="green"
                                      aria-label={t('sheet.approve', names)}
                                      onClick={() => runApproval([entry.id])}
                                      disabled={approve.isPending}
                                    >
                                      <IconCheck size={16} aria-hidden />
                                    </ActionIcon>
                                  </Tooltip>
                                ) : null}
                                {canChangeEntry(entry, userId) ? (
                                  <>
                                    <ActionIcon
                                      variant="subtle"
                                      color="gray"
                                      aria-label={t('entry.edit', {
                                        when: `${shortDay(day)}, ${clock(entry.startedAt)}`,
                                      })}
                                      onClick={() => setEditing(entry)}
                                    >
                                      <IconPencil size={16} aria-hidden />
                                    </ActionIcon>
                                    <ActionIcon
                                      variant="subtle"
                                      color="red"
                                      aria-label={t('entry.delete', {
                                        when: `${shortDay(day)}, ${clock(entry.startedAt)}`,
                                      })}
                                      onClick={() => setDeleting(entry)}
                                    >
                                      <IconTrash size={16} aria-hidden />
                                    </ActionIcon>
                                  </>
                                ) : null}
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </section>
            );
          })}
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {controls}
      {content}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('sheet.editTitle')}
        size="lg"
      >
        {editing ? (
          <LogTimeForm
            workspaceId={workspaceId}
            task={{ id: editing.taskId, title: editing.taskTitle }}
            userId={userId}
            entry={editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('entry.deleteTitle')}
        message={
          deleting
            ? t('entry.deleteMessage', {
                duration: duration(deleting.minutes ?? 0),
                date: shortDay(todayIn(timeZone, new Date(deleting.startedAt))),
              })
            : ''
        }
        confirmLabel={t('entry.deleteConfirm')}
        loading={deleteEntry.isPending}
        error={deleteEntry.error}
        onCancel={() => {
          deleteEntry.reset();
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          deleteEntry.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifications.show({ message: t('entry.deleted') });
            },
          });
        }}
      />
    </Stack>
  );
}
