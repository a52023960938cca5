import { useMemo } from 'react';
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLimitedToOwn } from '@relais/domain';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useClients } from '@/features/clients/api/get-clients';
import { useMembers } from '@/features/members/api/get-members';
import { ProjectsList } from '@/features/projects/components/projects-list';
import { useCan, useCurrentMembership } from '@/lib/authorization';
import { usePeople } from '../../people';

export function ProjectsRoute() {
  const { t } = useTranslation(['pages', 'imports']);
  const { workspaceId = '' } = useParams();
  const clients = useClients(workspaceId);
  const people = usePeople(useMembers(workspaceId).data);
  // importing creates tasks for others: not for a member who creates only her own
  const membership = useCurrentMembership();
  const canImport =
    useCan('tasks.create') && membership !== null && !isLimitedToOwn(membership, 'tasks.create');
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  const peopleOptions = useMemo(
    () => people.map((p) => ({ id: p.userId, name: p.name })),
    [people],
  );
  return (
    <Page
      title={t('projects.title')}
      actions={
        canImport ? (
          <Button
            component={Link}
            to={paths.workspace.importTasks(workspaceId)}
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('imports:open')}
          </Button>
        ) : null
      }
    >
      <ProjectsList
        workspaceId={workspaceId}
        clients={clientOptions}
        people={peopleOptions}
        canManage={useCan('projects.manage')}
        projectPath={(projectId) => paths.workspace.project(workspaceId, projectId)}
      />
    </Page>
  );
}
