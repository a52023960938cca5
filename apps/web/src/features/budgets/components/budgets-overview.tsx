import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendarMonth, IconReportMoney } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isMonthKey, monthKeyOf, todayIn } from '@relais/domain';
import { BurnBar } from '@/components/ui/burn-bar';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { BURN_COLORS, burnLevel } from '@/lib/budget-burn';
import { useBudgets } from '../api/get-budgets';
import type { ClientBudgetResponse } from '../api/types';
import { RevenueModal } from './revenue-modal';

interface BudgetsOverviewProps {
  workspaceId: string;
  canSeeMoney: boolean;
  canRecordRevenue: boolean;
  currency: string;
}

/**
 * Each client's month: hours used against the monthly budget (coloured at 80 % and 100 %), the
 * projection to month end and, for roles that may see money, what the client pays, what the
 * time cost and the margin. `?month=YYYY-MM`, the current month by default.
 */
export function BudgetsOverview({
  workspaceId,
  canSeeMoney,
  canRecordRevenue,
  currency,
}: BudgetsOverviewProps) {
  const { t } = useTranslation(['budgets', 'clients']);
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const monthParam = searchParams.get('month');
  const month = isMonthKey(monthParam) ? monthParam : undefined;
  const query = useBudgets(workspaceId, month);
  const [recording, setRecording] = useState<ClientBudgetResponse | null>(null);

  const timeZone = query.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const currentMonth = monthKeyOf(todayIn(timeZone || 'UTC'));
  const shownMonth = query.data?.month ?? month ?? currentMonth;
  const monthLabel = (value: string) =>
    format.date(`${value}-15T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const hours = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const percent = (value: number) =>
    format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const money = (cents: number) => format.money(cents, currency);

  const picker = (
    <MonthPickerInput
      label={t('month')}
      value={`${shownMonth}-01`}
      maxDate={`${currentMonth}-01`}
      onChange={(value) => {
        if (!value) return;
        const picked = value.slice(0, 7);
        setSearchParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (picked === currentMonth) next.delete('month');
            else next.set('month', picked);
            return next;
          },
          { replace: true },
        );
      }}
      valueFormatter={({ date }) => (typeof date === 'string' ? monthLabel(date.slice(0, 7)) : '')}
      leftSection={<IconCalendarMonth size={16} aria-hidden />}
      w={220}
    />
  );

  if (query.isPending) {
    return (
      <Stack gap="lg">
        {picker}
        <SectionLoader label={t('loading')} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Stack gap="lg">
        {picker}
        <SectionError error={query.error} retry={() => void query.refetch()} />
      </Stack>
    );
  }

  const { items, totals } = query.data;
  const isCurrent = query.data.month === currentMonth;

  const stat = (id: string, title: string, value: string, hint?: string, tone?: 'red') => (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`budget-total-${id}`}>
      <Text size="sm" c="dimmed" fw={500} id={`budget-total-${id}`}>
        {title}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4} c={tone === 'red' ? 'red.9' : undefined}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      ) : null}
    </Paper>
  );

  return (
    <Stack
      gap="lg"
      style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
      aria-busy={query.isFetching}
    >
      {picker}
      {items.length === 0 ? (
        <EmptyStatePanel
          icon={<IconReportMoney aria-hidden />}
          title={t('emptyTitle')}
          description={t('emptyDescription')}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: totals.money ? 5 : 2 }} spacing="md">
            {stat(
              'hours',
              t('totals.hours'),
              `${hours(totals.hoursUsed)} h`,
              t('totals.hoursHint', { month: monthLabel(query.data.month) }),
            )}
            {stat('billable', t('totals.billable'), `${hours(totals.billableHours)} h`)}
            {canSeeMoney && totals.money ? (
              <>
                {stat('value', t('totals.value'), money(totals.money.revenueCents))}
                {stat('cost', t('totals.cost'), money(totals.money.costCents))}
                {stat(
                  'margin',
                  t('totals.margin'),
                  money(totals.money.marginCents),
                  totals.money.revenueCents > 0
                    ? t('totals.marginRate', {
                        rate: percent(totals.money.marginCents / totals.money.revenueCents),
                      })
                    : undefined,
                  totals.money.marginCents < 0 ? 'red' : undefined,
                )}
              </>
            ) : null}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {items.map((item) => (
              <ClientBudgetCard
                key={item.clientId}
                item={item}
                isCurrent={isCurrent}
                monthLabel={monthLabel(query.data.month)}
                canSeeMoney={canSeeMoney}
                canRecordRevenue={canRecordRevenue}
                formatHours={hours}
                formatPercent={percent}
                formatMoney={money}
                onRecordRevenue={() => setRecording(item)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      <RevenueModal
        workspaceId={workspaceId}
        client={recording ? { id: recording.clientId, name: recording.clientName } : null}
        month={query.data.month}
        monthLabel={monthLabel(query.data.month)}
        currentCents={recording?.money?.clientRevenueCents ?? null}
        currency={currency}
        onClose={() => setRecording(null)}
      />
    </Stack>
  );
}

interface ClientBudgetCardProps {
  item: ClientBudgetResponse;
  isCurrent: boolean;
  monthLabel: string;
  canSeeMoney: boolean;
  canRecordRevenue: boolean;
  formatHours: (hours: number) => string;
  formatPercent: (share: number) => string;
  formatMoney: (cents: number) => string;
  onRecordRevenue: () => void;
}

function ClientBudgetCard({
  item,
  isCurrent,
  monthLabel,
  canSeeMoney,
  canRecordRevenue,
  formatHours: h,
  formatPercent: percent,
  formatMoney: money,
  onRecordRevenue,
}: ClientBudgetCardProps) {
  const { t } = useTranslation(['budgets', 'clients']);
  const headingId = `budget-client-${item.clientId}`;
  const level = burnLevel(item.shareUsed);
  const projectedLevel = burnLevel(item.projectedShare);
  const hasBudget = item.budgetHours !== null;
  const commission = item.engagement === 'fixed_plus_commission';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} miw={0}>
            <Title order={2} size="h4" id={headingId} lineClamp={1}>
              {item.clientName}
            </Title>
            <Text size="xs" c="dimmed">
              {t(`clients:engagement.${item.engagement}`)}
            </Text>
          </Stack>
          {level !== 'none' ? (
            <Badge color={BURN_COLORS[level]} variant="light">
              {t(`level.${level}`)}
            </Badge>
          ) : null}
        </Group>

        {hasBudget && item.budgetHours !== null ? (
          <>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>
                {t('client.hours', { used: h(item.hoursUsed), budget: h(item.budgetHours) })}
              </Text>
              <Text
                size="sm"
                c={level === 'spent' ? 'red.9' : 'dimmed'}
                fw={level === 'ok' ? 400 : 600}
              >
                {t('client.share', { share: percent(item.shareUsed ?? 0) })}
              </Text>
            </Group>
            <BurnBar
              share={item.shareUsed}
              projectedShare={isCurrent ? item.projectedShare : null}
              label={t('client.barLabel', {
                used: h(item.hoursUsed),
                budget: h(item.budgetHours),
                projected: h(item.projectedHours),
              })}
            />
          </>
        ) : (
          <Text size="sm" fw={500}>
            {t('client.hoursNoBudget', { used: h(item.hoursUsed) })}
          </Text>
        )}

        <Text
          size="xs"
          c={isCurrent && projectedLevel === 'spent' ? 'red.9' : 'dimmed'}
          fw={isCurrent && projectedLevel === 'spent' ? 600 : undefined}
        >
          {!isCurrent
            ? t('client.measured', { hours: h(item.hoursUsed) })
            : hasBudget
              ? t('client.projection', {
                  hours: h(item.projectedHours),
                  share: percent(item.projectedShare ?? 0),
                })
              : t('client.projectionNoBudget', { hours: h(item.projectedHours) })}
          {' · '}
          {t('client.billable', { hours: h(item.billableHours) })}
        </Text>

        {canSeeMoney && item.money ? (
          <SimpleGrid cols={3} spacing="xs" mt={4}>
            {(
              [
                ['value', item.money.revenueCents],
                ['cost', item.money.costCents],
                ['margin', item.money.marginCents],
              ] as const
            ).map(([key, cents]) => (
              <Stack key={key} gap={0}>
                <Text size="xs" c="dimmed">
                  {t(`money.${key}`)}
                </Text>
                <Text size="sm" fw={600} c={key === 'margin' && cents < 0 ? 'red.9' : undefined}>
                  {money(cents)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        ) : null}

        {commission && canSeeMoney && item.money ? (
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('revenue.label', { month: monthLabel })}
              </Text>
              <Text size="sm" fw={500}>
                {item.money.clientRevenueCents === null
                  ? t('revenue.none')
                  : money(item.money.clientRevenueCents)}
              </Text>
            </Stack>
            {canRecordRevenue ? (
              <Button
                size="xs"
                variant="light"
                onClick={onRecordRevenue}
                aria-label={
                  item.money.clientRevenueCents === null
                    ? t('revenue.recordFor', { client: item.clientName })
                    : t('revenue.changeFor', { client: item.clientName })
                }
              >
                {item.money.clientRevenueCents === null ? t('revenue.record') : t('revenue.change')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
