import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectiveProgress } from '@relais/domain';
import { useFormatters } from '@/i18n/format';

/** One bar per objective of the period: the mean progress of its key results. */
export function ObjectivesProgressChart({
  objectives,
}: {
  objectives: readonly ObjectiveProgress[];
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormatters();
  const percent = (share: number) =>
    format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="objectives-title">
      <Title order={2} size="h4" id="objectives-title">
        {t('objectives.chartTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('objectives.chartDescription')}
      </Text>
      {objectives.length === 0 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t('objectives.chartEmpty')}
        </Text>
      ) : (
        <Stack gap="sm" role="list" aria-labelledby="objectives-title">
          {objectives.map((objective) => {
            const value = objective.progress === null ? '—' : percent(objective.progress);
            return (
              <Stack key={objective.objectiveId} gap={4} role="listitem">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm" fw={500} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {objective.title}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {objective.progress === null ? t('objectives.noKeyResults') : value}
                  </Text>
                </Group>
                <Progress
                  value={(objective.progress ?? 0) * 100}
                  color={(objective.progress ?? 0) >= 1 ? 'green' : 'indigo'}
                  aria-label={t('objectives.bar', { title: objective.title, percent: value })}
                />
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
