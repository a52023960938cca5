import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useClients } from '@/features/clients/api/get-clients';
import { useMembers } from '@/features/members/api/get-members';
import { ProjectsList } from '@/features/projects/components/projects-list';
import { useCan } from '@/lib/authorization';
import { usePeople } from '../../people';

export function ProjectsRoute() {
  const { t } = useTranslation('pages');
  const { workspaceId = '' } = useParams();
  const clients = useClients(workspaceId);
  const people = usePeople(useMembers(workspaceId).data);
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  const peopleOptions = useMemo(
    () => people.map((p) => ({ id: p.userId, name: p.name })),
    [people],
  );
  return (
    <Page title={t('projects.title')}>
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
