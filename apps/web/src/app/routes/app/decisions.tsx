import { useMemo } from 'react';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '@relais/domain';
import { Page } from '@/components/ui/page';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useClients } from '@/features/clients/api/get-clients';
import { DecisionsRegister } from '@/features/decisions/components/decisions-register';
import { useMembers } from '@/features/members/api/get-members';
import { getProjectsQueryOptions } from '@/features/projects/api/get-projects';
import { getTaskQueryOptions } from '@/features/tasks/api/get-task';
import { TASK_PARAM } from '@/features/tasks/hooks/use-task-param';
import { describeError } from '@/lib/errors';
import { useMemberContext } from '@/lib/authorization';

export function DecisionsRoute() {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const member = useMemberContext();
  const members = useMembers(workspaceId);
  const clients = useClients(workspaceId);
  const projects = useQuery({
    ...getProjectsQueryOptions(workspaceId, {}),
    enabled: member !== null && can(member, 'decisions.propose'),
  });

  // former members keep their name on the decisions they proposed or took
  const people = useMemo(
    () => (members.data ?? []).map((m) => ({ id: m.userId, name: m.name })),
    [members.data],
  );
  const hasActiveOpsDirector = (members.data ?? []).some(
    (m) => m.role === 'ops_director' && m.active !== false,
  );
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  const projectOptions = useMemo(
    () => (projects.data ?? []).map((p) => ({ id: p.id, name: `${p.name} · ${p.clientName}` })),
    [projects.data],
  );

  /** A linked task opens in its project's board, the only place with its drawer for everyone. */
  const openTask = (taskId: string) => {
    queryClient
      .fetchQuery(getTaskQueryOptions(workspaceId, taskId))
      .then((task) =>
        navigate(
          `${paths.workspace.project(workspaceId, task.projectId)}?${TASK_PARAM}=${task.id}`,
        ),
      )
      .catch((error: unknown) =>
        notifications.show({ color: 'red', message: describeError(error, tCommon) }),
      );
  };

  let content;
  // who may decide operations depends on whether the team has an ops director
  if (members.isPending) content = <SectionLoader />;
  else if (members.isError)
    content = <SectionError error={members.error} retry={() => void members.refetch()} />;
  else if (member)
    content = (
      <DecisionsRegister
        workspaceId={workspaceId}
        member={member}
        hasActiveOpsDirector={hasActiveOpsDirector}
        people={people}
        clients={clientOptions}
        projects={projectOptions}
        projectPath={(projectId) => paths.workspace.project(workspaceId, projectId)}
        onOpenTask={openTask}
      />
    );

  return <Page title={t('decisions.title')}>{content}</Page>;
}
