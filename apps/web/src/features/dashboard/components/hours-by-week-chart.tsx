import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HoursWeek } from '@relais/domain';
import { useFormatters } from '@/i18n/format';

/**
 * Hours logged per week of the period (the dashboard's `hoursByWeek`, weeks from Monday in the
 * workspace's time zone), billable and not, stacked; a table for screen readers.
 */
export function HoursByWeekChart({ weeks }: { weeks: readonly HoursWeek[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const hours = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  // a calendar date: noon UTC formatted in UTC is that day in every zone
  const label = (monday: string) =>
    format.date(`${monday}T12:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const data = weeks.map((week) => ({
    weekStart: week.weekStart,
    week: label(week.weekStart),
    billable: week.billableHours,
    nonBillable: Math.max(0, Math.round((week.hours - week.billableHours) * 100) / 100),
  }));
  const total = weeks.reduce((sum, week) => sum + week.hours, 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="hours-week-title">
      <Title order={2} size="h4" id="hours-week-title">
        {t('hoursByWeek.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('hoursByWeek.description')}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t('hoursByWeek.empty')}
        </Text>
      ) : (
        <div aria-hidden>
          <BarChart
            h={240}
            data={data}
            dataKey="week"
            type="stacked"
            series={[
              { name: 'billable', label: t('hoursByWeek.billable'), color: 'indigo.6' },
              { name: 'nonBillable', label: t('hoursByWeek.nonBillable'), color: 'gray.4' },
            ]}
            valueFormatter={(value) => `${hours(value)} h`}
            tickLine="y"
            gridAxis="x"
            maxBarWidth={48}
            withLegend
            barChartProps={{ accessibilityLayer: false }}
          />
        </div>
      )}
      <VisuallyHidden>
        <Table>
          <caption>{t('hoursByWeek.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hoursByWeek.weekOf')}</th>
              <th scope="col">{t('hoursByWeek.billable')}</th>
              <th scope="col">{t('hoursByWeek.nonBillable')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.weekStart}>
                <td>{row.week}</td>
                <td>{hours(row.billable)} h</td>
                <td>{hours(row.nonBillable)} h</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
