import { Avatar, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkloadRow } from '@relais/domain';
import { CapacityBar } from '@/components/ui/capacity-bar';
import { useFormatters } from '@/i18n/format';

/** Each member's open tasks and the next 7 days' estimated hours against their capacity. */
export function WorkloadTable({ rows }: { rows: readonly WorkloadRow[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const sorted = [...rows].sort(
    (a, b) =>
      b.estimatedHoursNext7Days / (b.weeklyCapacityHours || Infinity) -
        a.estimatedHoursNext7Days / (a.weeklyCapacityHours || Infinity) ||
      a.name.localeCompare(b.name),
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="workload-title">
      <Title order={2} size="h4" id="workload-title">
        {t('workload.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('workload.description')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workload.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workload.member')}</Table.Th>
                <Table.Th ta="right">{t('workload.openTasks')}</Table.Th>
                <Table.Th w="45%">{t('workload.next7Days')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => (
                <Table.Tr key={row.userId}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Avatar name={row.name} color="initials" size="sm" radius="xl" />
                      <Text size="sm">{row.name}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{format.number(row.openTasks)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <CapacityBar
                      hours={row.estimatedHoursNext7Days}
                      capacity={row.weeklyCapacityHours}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
