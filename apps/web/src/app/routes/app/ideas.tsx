import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { useClients } from '@/features/clients/api/get-clients';
import { IdeaInbox } from '@/features/ideas/components/idea-inbox';
import { useMembers } from '@/features/members/api/get-members';
import { useCan } from '@/lib/authorization';

export function IdeasRoute() {
  const { t } = useTranslation('ideas');
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useAuthenticatedSession();
  const members = useMembers(workspaceId);
  const clients = useClients(workspaceId);
  const canTriage = useCan('ideas.triage');
  const canConvert = useCan('projects.manage') && canTriage;
  const people = useMemo(
    () => (members.data ?? []).map((m) => ({ id: m.userId, name: m.name })),
    [members.data],
  );
  const assignees = useMemo(
    () =>
      (members.data ?? [])
        .filter((m) => m.active !== false)
        .map((m) => ({ id: m.userId, name: m.name, clientIds: m.clientIds }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [members.data],
  );
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  return (
    <Page title={t('pageTitle')}>
      <IdeaInbox
        workspaceId={workspaceId}
        userId={user.id}
        canCreate={useCan('ideas.create')}
        canTriage={canTriage}
        canConvert={canConvert}
        people={people}
        clients={clientOptions}
        assignees={assignees}
        projectPath={(projectId) => paths.workspace.project(workspaceId, projectId)}
        onConverted={(result) => navigate(paths.workspace.project(workspaceId, result.project.id))}
      />
    </Page>
  );
}
