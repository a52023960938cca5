import { Badge, Button, Group, Menu, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconChevronDown, IconDownload, IconHistory } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addCalendarDays, CSV_SEPARATOR_NAMES, isCalendarDate } from '@relais/domain';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { describeError } from '@/lib/errors';
import { useExportAuditEvents } from '../api/export-audit-events';
import { useAuditEvents } from '../api/get-audit-events';
import {
  AUDIT_ENTITY_TYPES,
  isAuditEntityType,
  isAuditVerb,
  type AuditEvent,
  type AuditFilters,
  type Option,
} from '../api/types';
import { fieldChanges, recordName } from '../utils/audit-changes';

const PARAMS = { actor: 'actor', type: 'type', from: 'from', until: 'until' } as const;
/** Changed fields shown per event before "and N more". */
const SHOWN_FIELDS = 4;

interface AuditLogProps {
  workspaceId: string;
  /** Everyone who may have acted, former members included. */
  people: readonly Option[];
}

/**
 * Who changed what, when: newest first, filtered by person, record type and period (in the
 * address: `?actor=&type=&from=&until=`, both days included), a page at a time, exportable.
 */
export function AuditLog({ workspaceId, people }: AuditLogProps) {
  const { t } = useTranslation('audit');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const actorId = searchParams.get(PARAMS.actor) ?? undefined;
  const entityType = searchParams.get(PARAMS.type) ?? undefined;
  const fromParam = searchParams.get(PARAMS.from);
  const untilParam = searchParams.get(PARAMS.until);
  const from = isCalendarDate(fromParam) ? fromParam : undefined;
  const until =
    isCalendarDate(untilParam) && (!from || untilParam >= from) ? untilParam : undefined;
  // the API's `to` is excluded: the day after the last one picked
  const filters: AuditFilters = {
    actorId,
    entityType,
    from,
    to: until ? addCalendarDays(until, 1) : undefined,
  };
  const query = useAuditEvents(workspaceId, filters);
  const exportCsv = useExportAuditEvents(workspaceId);
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(actorId || entityType || from || until);

  const update = (changes: Partial<Record<keyof typeof PARAMS, string | null>>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          const param = PARAMS[key as keyof typeof PARAMS];
          if (value) next.set(param, value);
          else next.delete(param);
        }
        return next;
      },
      { replace: true },
    );

  const day = (date: string) =>
    format.date(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const typeLabel = (type: string) => (isAuditEntityType(type) ? t(`types.${type}`) : type);

  const controls = (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('filters.person')}
          placeholder={t('filters.everyone')}
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          value={actorId ?? null}
          onChange={(value) => update({ actor: value })}
          searchable
          clearable
          nothingFoundMessage={t('filters.nobodyFound')}
          w={220}
        />
        <Select
          label={t('filters.type')}
          placeholder={t('filters.allTypes')}
          data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })).sort(
            (a, b) => a.label.localeCompare(b.label),
          )}
          value={entityType ?? null}
          onChange={(value) => update({ type: value })}
          searchable
          clearable
          w={220}
        />
        <DatePickerInput
          type="range"
          label={t('filters.period')}
          placeholder={t('filters.anyTime')}
          // no period is a real choice, "any time": readable as such (WCAG AA contrast)
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          value={[from ?? null, until ?? null]}
          onChange={([first, last]) => {
            if (first && last) {
              const [start, end] = first <= last ? [first, last] : [last, first];
              update({ from: start, until: end });
            } else if (!first && !last) {
              update({ from: null, until: null });
            }
          }}
          valueFormatter={({ date }) =>
            Array.isArray(date) && typeof date[0] === 'string'
              ? `${day(date[0])} – ${typeof date[1] === 'string' ? day(date[1]) : '…'}`
              : ''
          }
          leftSection={<IconCalendar size={16} aria-hidden />}
          allowSingleDateInRange
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearPeriod') }}
          w={300}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => update({ actor: null, type: null, from: null, until: null })}
          >
            {t('filters.clear')}
          </Button>
        ) : null}
      </Group>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={exportCsv.isPending}
          >
            {t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('export.label')}</Menu.Label>
          {CSV_SEPARATOR_NAMES.map((separator) => (
            <Menu.Item
              key={separator}
              onClick={() =>
                exportCsv.mutate(
                  { filters, separator },
                  {
                    onError: (error) =>
                      notifications.show({
                        color: 'red',
                        title: t('export.failed'),
                        message: describeError(error, tCommon),
                      }),
                  },
                )
              }
            >
              {t(`export.${separator}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );

  let content;
  if (query.isPending) content = <SectionLoader label={t('list.loading')} />;
  // a failed "load more" keeps what was loaded, with its own retry below
  else if (query.isError && !query.isFetchNextPageError)
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  else if (events.length === 0)
    content = (
      <EmptyStatePanel
        icon={<IconHistory aria-hidden />}
        title={filtered ? t('list.emptyFilteredTitle') : t('list.emptyTitle')}
        description={filtered ? t('list.emptyFilteredDescription') : t('list.emptyDescription')}
      />
    );
  else
    content = (
      <Stack gap="sm">
        <Paper
          withBorder
          radius="md"
          style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={query.isFetching}
        >
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('list.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('list.when')}</Table.Th>
                  <Table.Th w={170}>{t('list.who')}</Table.Th>
                  <Table.Th>{t('list.what')}</Table.Th>
                  <Table.Th>{t('list.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => (
                  <EventRow key={event.id} event={event} typeLabel={typeLabel} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <LoadMoreFooter
          query={query}
          shownLabel={
            query.hasNextPage
              ? t('list.shownMore', { count: events.length })
              : t('list.shownAll', { count: events.length })
          }
          loadMoreLabel={t('list.loadMore')}
        />
      </Stack>
    );

  return (
    <Stack gap="md">
      {controls}
      {content}
    </Stack>
  );
}

function EventRow({
  event,
  typeLabel,
}: {
  event: AuditEvent;
  typeLabel: (type: string) => string;
}) {
  const { t } = useTranslation('audit');
  const format = useFormatters();
  const verb = event.action.slice(event.action.indexOf('.') + 1);
  const name = recordName(event.changes);
  const changes = fieldChanges(event.changes);
  const shown = changes.slice(0, SHOWN_FIELDS);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">
          <time dateTime={event.createdAt}>
            {format.date(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={event.actorName ? undefined : 'dimmed'}>
          {event.actorName ?? (event.actorId ? t('list.formerMember') : t('list.system'))}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
              {typeLabel(event.entityType)}
            </Badge>
            <Text size="sm" fw={500}>
              {isAuditVerb(verb) ? t(`verbs.${verb}`) : verb.replace(/_/g, ' ')}
            </Text>
          </Group>
          <Text size="sm" c={name ? undefined : 'dimmed'} lineClamp={2}>
            {name ?? t('list.recordId', { id: event.entityId.slice(0, 8) })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Stack gap={2}>
            {shown.map((change) => (
              <Text key={change.field} size="xs" style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="xs">
                  {change.field}
                </Text>
                {`: ${change.before} → ${change.after}`}
              </Text>
            ))}
            {changes.length > SHOWN_FIELDS ? (
              <Text size="xs" c="dimmed">
                {t('list.moreFields', { count: changes.length - SHOWN_FIELDS })}
              </Text>
            ) : null}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
