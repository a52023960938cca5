import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { paths } from '@/config/paths';
import { useMembers } from '@/features/members/api/get-members';
import { ProcessDetail } from '@/features/processes/components/process-detail';
import { useCan } from '@/lib/authorization';
import { usePeople } from '../../people';

/** One process: read it, its history and suggestions; edit it with `?edit=1`. */
export function ProcessRoute() {
  const { workspaceId = '', processId = '' } = useParams();
  const { user } = useAuthenticatedSession();
  const members = useMembers(workspaceId);
  const active = usePeople(members.data);
  // owners are chosen among active members; former ones keep their name on past versions
  const people = useMemo(() => {
    const activeIds = new Set(active.map((p) => p.userId));
    return [
      ...active.map((p) => ({ id: p.userId, name: p.name })),
      ...(members.data ?? [])
        .filter((m) => !activeIds.has(m.userId))
        .map((m) => ({ id: m.userId, name: m.name })),
    ];
  }, [active, members.data]);
  return (
    <ProcessDetail
      key={processId}
      workspaceId={workspaceId}
      processId={processId}
      people={people}
      canWrite={useCan('processes.write')}
      userId={user.id}
      libraryPath={paths.workspace.processes(workspaceId)}
    />
  );
}
