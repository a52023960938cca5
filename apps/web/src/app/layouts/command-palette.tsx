import { useState } from 'react';
import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconChecklist, IconLayoutKanban, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type MembershipSummary } from '@relais/domain';
import { paths } from '@/config/paths';
import { getProjectsQueryOptions } from '@/features/projects/api/get-projects';
import { getMyTasksQueryOptions } from '@/features/tasks/api/get-my-tasks';
import { navItemsFor } from '../navigation';

/**
 * Search and jump (Ctrl/Cmd+K): the pages of the current workspace, its projects and the user's
 * open tasks. Projects and tasks are fetched when the palette opens, not with every page.
 */
export function CommandPalette({ current }: { current: MembershipSummary | null }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const workspaceId = current?.workspaceId ?? '';
  const projects = useQuery({
    ...getProjectsQueryOptions(workspaceId, {}),
    enabled: opened && current !== null && can(current, 'projects.view'),
  });
  const myTasks = useQuery({ ...getMyTasksQueryOptions(), enabled: opened });

  const actions: SpotlightActionGroupData[] = [
    {
      group: t('palette.pages'),
      actions: navItemsFor(current).map((item) => ({
        id: `page-${item.key}`,
        label: t(`nav.${item.key}`),
        leftSection: <item.icon size={18} stroke={1.6} />,
        onClick: () => navigate(current ? item.to(current.workspaceId) : paths.myTasks),
      })),
    },
    {
      group: t('palette.projects'),
      actions: (projects.data ?? []).map((project) => ({
        id: `project-${project.id}`,
        label: project.name,
        description: project.clientName,
        leftSection: <IconLayoutKanban size={18} stroke={1.6} />,
        onClick: () => navigate(paths.workspace.project(workspaceId, project.id)),
      })),
    },
    {
      group: t('palette.tasks'),
      actions: (myTasks.data ?? []).map((task) => ({
        id: `task-${task.id}`,
        label: task.title,
        description: `${task.clientName} · ${task.projectName}`,
        leftSection: <IconChecklist size={18} stroke={1.6} />,
        onClick: () => navigate(`${paths.myTasks}?task=${task.id}`),
      })),
    },
  ].filter((group) => group.actions.length > 0);

  return (
    <>
      <UnstyledButton
        onClick={() => spotlight.open()}
        aria-label={t('palette.open')}
        aria-keyshortcuts="Control+K Meta+K"
        visibleFrom="sm"
        px="sm"
        py={6}
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-md)',
        }}
      >
        <Group gap="xs" wrap="nowrap">
          <IconSearch size={16} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('palette.placeholder')}
          </Text>
          <Kbd size="xs">Ctrl K</Kbd>
        </Group>
      </UnstyledButton>
      <Spotlight
        actions={actions}
        shortcut={['mod + K']}
        limit={12}
        nothingFound={t('palette.nothingFound')}
        highlightQuery
        onSpotlightOpen={() => setOpened(true)}
        searchProps={{
          leftSection: <IconSearch size={18} aria-hidden />,
          placeholder: t('palette.placeholder'),
          'aria-label': t('palette.placeholder'),
        }}
      />
    </>
  );
}
