import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardResponse } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import { KpiCard } from './kpi-cards';

interface TimeKpiCardsProps {
  data: DashboardResponse;
  personal: boolean;
  /** Money figures only for roles that may see money (the API leaves them out for others). */
  canSeeMoney: boolean;
  currency: string;
}

/** Hours logged and billable, objectives progress, and revenue, cost and margin: when present. */
export function TimeKpiCards({ data, personal, canSeeMoney, currency }: TimeKpiCardsProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const hours = (value: number) => `${format.number(value, { maximumFractionDigits: 1 })} h`;
  const percent = (share: number) =>
    format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const money = canSeeMoney ? data.money : undefined;
  const hasHours = data.hoursLogged !== undefined;
  const hasObjectives = data.objectivesProgress !== undefined;
  if (!hasHours && !hasObjectives && !money) return null;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      {data.hoursLogged !== undefined ? (
        <KpiCard
          id="hours"
          title={personal ? t('hours.personal') : t('hours.team')}
          value={hours(data.hoursLogged)}
          hint={data.hoursLogged > 0 ? t('hours.hint') : t('hours.noHours')}
        />
      ) : null}
      {data.billableHours !== undefined ? (
        <KpiCard
          id="billable"
          title={personal ? t('hours.personalBillable') : t('hours.billable')}
          value={hours(data.billableHours)}
          hint={
            data.hoursLogged
              ? t('hours.billableHint', { share: percent(data.billableHours / data.hoursLogged) })
              : t('hours.noHours')
          }
        />
      ) : null}
      {data.objectivesProgress !== undefined ? (
        <KpiCard
          id="objectives"
          title={t('objectives.title')}
          value={data.objectivesProgress === null ? '—' : percent(data.objectivesProgress)}
          hint={data.objectivesProgress === null ? t('objectives.none') : t('objectives.hint')}
        />
      ) : null}
      {money ? (
        <>
          <KpiCard
            id="revenue"
            title={t('money.revenue')}
            value={format.money(money.revenueCents, currency)}
            hint={money.revenueCents > 0 ? t('money.revenueHint') : t('money.noRevenue')}
          />
          <KpiCard
            id="cost"
            title={t('money.cost')}
            value={format.money(money.costCents, currency)}
            hint={t('money.costHint')}
          />
          <KpiCard
            id="margin"
            title={t('money.margin')}
            value={format.money(money.marginCents, currency)}
            hint={
              money.revenueCents > 0
                ? t('money.marginHint', { rate: percent(money.marginCents / money.revenueCents) })
                : t('money.noRevenue')
            }
            tone={money.marginCents < 0 ? 'alert' : undefined}
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}
