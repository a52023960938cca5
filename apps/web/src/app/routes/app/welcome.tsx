import { Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { Page } from '@/components/ui/page';
import { getSessionQueryOptions } from '@/features/auth/api/get-session';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { CreateWorkspaceForm } from '@/features/workspaces/components/create-workspace-form';
import type { WorkspaceResponse } from '@/features/workspaces/api/create-workspace';
import { rememberWorkspace } from '../../current-workspace';
import { landingPath } from '../../landing';

/** Creating a workspace: the empty state of a user without one, or "new workspace" later. */
export function WelcomeRoute() {
  const { t } = useTranslation('workspaces');
  const { memberships } = useAuthenticatedSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function onCreated(workspace: WorkspaceResponse) {
    notifications.show({ color: 'green', message: t('create.created', { name: workspace.name }) });
    const sessionQuery = getSessionQueryOptions();
    await queryClient.refetchQueries({ queryKey: sessionQuery.queryKey, exact: true });
    const membership =
      queryClient
        .getQueryData(sessionQuery.queryKey)
        ?.memberships.find((m) => m.workspaceId === workspace.id) ?? null;
    if (membership) rememberWorkspace(membership.workspaceId);
    navigate(landingPath(membership));
  }

  const form = <CreateWorkspaceForm onCreated={onCreated} />;

  if (memberships.length === 0) {
    return (
      <Page title={t('none.title')}>
        <EmptyStatePanel
          icon={<IconBuildingCommunity aria-hidden />}
          title={t('create.title')}
          description={t('none.description')}
        >
          <Paper w={400} maw="100%" mx="auto" ta="left">
            {form}
          </Paper>
        </EmptyStatePanel>
      </Page>
    );
  }

  return (
    <Page title={t('create.pageTitle')}>
      <Paper withBorder radius="md" p="xl" maw={480}>
        {form}
      </Paper>
    </Page>
  );
}
