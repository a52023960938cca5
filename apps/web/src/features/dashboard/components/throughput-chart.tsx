import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ThroughputWeek } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import { isoWeekStart } from '../utils/period';

/** Tasks completed per week; screen readers get the same figures as a table. */
export function ThroughputChart({ weeks }: { weeks: readonly ThroughputWeek[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const label = (week: string) => {
    const monday = isoWeekStart(week);
    return monday
      ? format.date(`${monday}T12:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' })
      : week;
  };
  const data = weeks.map((week) => ({ week: label(week.week), completed: week.completed }));
  const total = weeks.reduce((sum, week) => sum + week.completed, 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="throughput-title">
      <Title order={2} size="h4" id="throughput-title">
        {t('throughput.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('throughput.description')}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t('throughput.empty')}
        </Text>
      ) : (
        <div aria-hidden>
          <BarChart
            h={240}
            data={data}
            dataKey="week"
            series={[{ name: 'completed', label: t('throughput.series'), color: 'indigo.6' }]}
            valueFormatter={(value) => format.number(value)}
            tickLine="y"
            gridAxis="x"
            maxBarWidth={48}
            yAxisProps={{ allowDecimals: false }}
            // hidden from assistive tech (the table below has the figures): not focusable either
            barChartProps={{ accessibilityLayer: false }}
          />
        </div>
      )}
      <VisuallyHidden>
        <Table>
          <caption>{t('throughput.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('throughput.weekOf')}</th>
              <th scope="col">{t('throughput.series')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.week}>
                <td>{row.week}</td>
                <td>{row.completed}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
