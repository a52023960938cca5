import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, todayIn } from '@relais/domain';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useDashboard } from '../api/get-dashboard';
import {
  lastDayOf,
  pickedRange,
  presetRange,
  PERIOD_PRESETS,
  type DateRange,
  type PeriodPreset,
} from '../utils/period';
import { BudgetBurnChart } from './budget-burn-chart';
import { HoursByWeekChart } from './hours-by-week-chart';
import { KpiCards } from './kpi-cards';
import { ObjectivesProgressChart } from './objectives-progress-chart';
import { ThroughputChart } from './throughput-chart';
import { TimeKpiCards } from './time-kpi-cards';
import { WorkloadTable } from './workload-table';

type PeriodChoice = PeriodPreset | 'custom';

interface DashboardProps {
  workspaceId: string;
  /** A VA sees her own figures, worded as such, and no team workload. */
  personal: boolean;
  clients: readonly { id: string; name: string }[];
  /** Revenue, cost and margin for roles that may see money, in the workspace's currency. */
  canSeeMoney?: boolean;
  currency?: string;
}

/** Reads the period from the address: `?period=7d|30d|90d`, or `?from=&to=` for a custom one. */
function usePeriod() {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const custom = from && to && isCalendarDate(from) && isCalendarDate(to) && from < to;
  const presetParam = searchParams.get('period');
  const preset = (PERIOD_PRESETS as readonly string[]).includes(presetParam ?? '')
    ? (presetParam as PeriodPreset)
    : '30d';
  const choice: PeriodChoice = custom ? 'custom' : preset;
  const range: DateRange = custom ? { from, to } : presetRange(preset, today);
  const clientId = searchParams.get('client') ?? undefined;

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
  return { choice, range, clientId, update };
}

export function Dashboard({
  workspaceId,
  personal,
  clients,
  canSeeMoney = false,
  currency = 'EUR',
}: DashboardProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const { choice, range, clientId, update } = usePeriod();
  // the query key compares by value: a new object each render is fine
  const query = useDashboard(workspaceId, { from: range.from, to: range.to, clientId });
  const day = (date: string) =>
    format.date(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  const controls = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="period-label">
          {t('period.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="period-label"
          value={choice}
          onChange={(value) => {
            if (value === 'custom') {
              update({ period: null, from: range.from, to: range.to });
            } else {
              update({ period: value === '30d' ? null : value, from: null, to: null });
            }
          }}
          data={[
            ...PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`period.${preset}`) })),
            { value: 'custom', label: t('period.custom') },
          ]}
        />
      </Stack>
      {choice === 'custom' ? (
        <DatePickerInput
          type="range"
          label={t('period.range')}
          value={[range.from, lastDayOf(range)]}
          onChange={([first, last]) => {
            if (!first || !last) return;
            const picked = pickedRange(first, last);
            if (picked) update({ from: picked.from, to: picked.to });
          }}
          valueFormatter={({ date }) =>
            Array.isArray(date) && typeof date[0] === 'string'
              ? `${day(date[0])} – ${typeof date[1] === 'string' ? day(date[1]) : '…'}`
              : ''
          }
          leftSection={<IconCalendar size={16} aria-hidden />}
          allowSingleDateInRange
          w={300}
        />
      ) : null}
      {!personal && clients.length > 1 ? (
        <Select
          label={t('period.client')}
          placeholder={t('period.allClients')}
          data={clients.map((c) => ({ value: c.id, label: c.name }))}
          value={clientId ?? null}
          onChange={(value) => update({ client: value })}
          clearable
          searchable
          w={240}
        />
      ) : null}
    </Group>
  );

  return (
    <Stack gap="lg">
      {controls}
      {query.isPending ? (
        <SectionLoader label={t('loading')} />
      ) : query.isError ? (
        <SectionError error={query.error} retry={() => void query.refetch()} />
      ) : (
        <Stack
          gap="lg"
          style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={query.isFetching}
        >
          <Text size="sm" c="dimmed">
            {t('period.showing', {
              from: day(query.data.period.from),
              to: day(lastDayOf(query.data.period)),
            })}
            {personal ? ` · ${t('personalNote')}` : ''}
          </Text>
          <KpiCards data={query.data} personal={personal} />
          <TimeKpiCards
            data={query.data}
            personal={personal}
            canSeeMoney={canSeeMoney}
            currency={currency}
          />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ThroughputChart weeks={query.data.throughput} />
            {personal ? (
              <HoursByWeekChart weeks={query.data.hoursByWeek ?? []} />
            ) : (
              <WorkloadTable rows={query.data.workload} />
            )}
          </SimpleGrid>
          {personal ? null : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <BudgetBurnChart burn={query.data.budgetBurn ?? []} />
              <HoursByWeekChart weeks={query.data.hoursByWeek ?? []} />
            </SimpleGrid>
          )}
          {query.data.objectives ? (
            <ObjectivesProgressChart objectives={query.data.objectives} />
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
