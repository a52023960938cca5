import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '@relais/domain';
import type { ProjectResponse } from '../api/types';

const STATUS_COLORS: Record<ProjectStatus, string> = {
  planned: 'gray',
  active: 'blue',
  on_hold: 'yellow',
  done: 'green',
  cancelled: 'red',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Done tasks out of all, as a bar with its figures beside it. */
export function ProjectProgress({ progress }: { progress: ProjectResponse['progress'] }) {
  const { t } = useTranslation('projects');
  const share = progress.total === 0 ? 0 : (progress.done / progress.total) * 100;
  const label = t('progress.label', { done: progress.done, total: progress.total });
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={share}
        size="md"
        radius="xl"
        color={share === 100 ? 'green' : undefined}
        style={{ flex: 1 }}
        aria-label={label}
      />
      <Text size="xs" c="dimmed" miw={36} ta="right">
        {progress.done}/{progress.total}
      </Text>
    </Group>
  );
}
