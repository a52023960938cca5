import { BarChart } from '@mantine/charts';
import { ColorSwatch, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientBudgetBurn } from '@relais/domain';
import { useFormatters } from '@/i18n/format';
import { BURN_COLORS, burnColor } from '@/lib/budget-burn';

const BURN_LEVELS = ['ok', 'near', 'spent'] as const;

interface BudgetBurnChartProps {
  /** Per client, the current month (the dashboard's `budgetBurn`). */
  burn: readonly ClientBudgetBurn[];
}

/**
 * Each client's share of its monthly hours budget used this month (coloured at 80 % and 100 %,
 * the alert thresholds) and projected to month end. Screen readers get the hours as a table.
 */
export function BudgetBurnChart({ burn }: BudgetBurnChartProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const percent = (share: number) =>
    format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const hours = (value: number) =>
    t('burn.hours', { hours: format.number(value, { maximumFractionDigits: 1 }) });

  const withBudget = burn.filter((client) => client.budgetHours !== null);
  const withoutBudget = burn.filter((client) => client.budgetHours === null);
  const data = withBudget.map((client) => ({
    client: client.clientName,
    used: Math.round((client.shareUsed ?? 0) * 1000) / 10,
    projected: Math.round((client.projectedShare ?? 0) * 1000) / 10,
  }));
  const maxShare = Math.max(100, ...data.map((row) => row.projected), ...data.map((r) => r.used));

  let body;
  if (withBudget.length === 0) {
    body = (
      <Text size="sm" c="dimmed" py="xl" ta="center">
        {t('burn.empty')}
      </Text>
    );
  } else {
    body = (
      <div aria-hidden>
        <BarChart
          h={Math.max(160, 56 * data.length + 60)}
          data={data}
          dataKey="client"
          orientation="vertical"
          series={[
            { name: 'used', label: t('burn.used'), color: 'teal.6' },
            { name: 'projected', label: t('burn.projected'), color: 'gray.4' },
          ]}
          getBarColor={(value, series) =>
            series.name === 'used' ? `${burnColor(value / 100)}.6` : 'gray.4'
          }
          referenceLines={[
            { x: 80, color: 'orange.6', label: '80 %', labelPosition: 'insideTopLeft' },
            { x: 100, color: 'red.6', label: '100 %', labelPosition: 'insideTopRight' },
          ]}
          valueFormatter={(value) => percent(value / 100)}
          xAxisProps={{ domain: [0, Math.ceil(maxShare / 20) * 20] }}
          yAxisProps={{ width: 140 }}
          gridAxis="x"
          maxBarWidth={18}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="burn-title">
      <Title order={2} size="h4" id="burn-title">
        {t('burn.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('burn.description')}
      </Text>
      {body}
      {withBudget.length > 0 ? (
        <Group gap="md" mt="xs" aria-hidden>
          <Group gap={6}>
            {BURN_LEVELS.map((level) => (
              <ColorSwatch
                key={level}
                size={10}
                radius="xs"
                color={`var(--mantine-color-${BURN_COLORS[level]}-6)`}
              />
            ))}
            <Text size="xs" c="dimmed">
              {t('burn.used')}
            </Text>
          </Group>
          <Group gap={6}>
            <ColorSwatch size={10} radius="xs" color="var(--mantine-color-gray-4)" />
            <Text size="xs" c="dimmed">
              {t('burn.projected')}
            </Text>
          </Group>
        </Group>
      ) : null}
      {withoutBudget.length > 0 ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('burn.noBudget', {
            clients: withoutBudget
              .map((client) => `${client.clientName} (${hours(client.hoursUsed)})`)
              .join(', '),
          })}
        </Text>
      ) : null}
      {burn.length > 0 ? (
        <VisuallyHidden>
          <Table>
            <caption>{t('burn.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('burn.client')}</th>
                <th scope="col">{t('burn.hoursUsed')}</th>
                <th scope="col">{t('burn.budget')}</th>
                <th scope="col">{t('burn.share')}</th>
                <th scope="col">{t('burn.projection')}</th>
              </tr>
            </thead>
            <tbody>
              {burn.map((client) => (
                <tr key={client.clientId}>
                  <td>{client.clientName}</td>
                  <td>{hours(client.hoursUsed)}</td>
                  <td>{client.budgetHours === null ? '—' : hours(client.budgetHours)}</td>
                  <td>{client.shareUsed === null ? '—' : percent(client.shareUsed)}</td>
                  <td>{hours(client.projectedHours)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </VisuallyHidden>
      ) : null}
    </Paper>
  );
}
