import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardResponse } from '@relais/domain';
import { useFormatters } from '@/i18n/format';

interface KpiCardProps {
  id: string;
  title: string;
  value: string;
  hint: ReactNode;
  tone?: 'alert';
}

/** One figure, big, with what it means under it. Its title names the region for assistive tech. */
export function KpiCard({ id, title, value, hint, tone }: KpiCardProps) {
  const titleId = `kpi-${id}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={titleId}
      data-kpi={id}
    >
      <Text size="sm" c="dimmed" fw={500} id={titleId}>
        {title}
      </Text>
      <Text fz={34} fw={700} lh={1.2} mt={4} c={tone === 'alert' ? 'red.7' : undefined}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {hint}
      </Text>
    </Paper>
  );
}

interface KpiCardsProps {
  data: DashboardResponse;
  /** A VA's own figures rather than the team's. */
  personal: boolean;
}

export function KpiCards({ data, personal }: KpiCardsProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const percent = (rate: number | null) =>
    rate === null ? '—' : format.number(rate, { style: 'percent', maximumFractionDigits: 0 });
  const scope = personal ? 'personal' : 'team';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <KpiCard
        id="completed"
        title={t(`kpi.${scope}.completed`)}
        value={format.number(data.tasksCompleted)}
        hint={t('kpi.completedHint')}
      />
      <KpiCard
        id="overdue"
        title={t(`kpi.${scope}.overdue`)}
        value={format.number(data.tasksOverdue)}
        hint={t('kpi.overdueHint')}
        tone={data.tasksOverdue > 0 ? 'alert' : undefined}
      />
      <KpiCard
        id="on-time"
        title={t(`kpi.${scope}.onTime`)}
        value={percent(data.onTimeRate)}
        hint={data.onTimeRate === null ? t('kpi.noneMeasured') : t('kpi.onTimeHint')}
      />
      <KpiCard
        id="projects-on-time"
        title={t('kpi.projectsOnTime')}
        value={percent(data.projectsOnTimeRate)}
        hint={
          data.projectsOnTimeRate === null
            ? t('kpi.noProjectsMeasured')
            : t('kpi.projectsOnTimeHint')
        }
      />
    </SimpleGrid>
  );
}
