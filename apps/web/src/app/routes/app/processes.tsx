import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useMembers } from '@/features/members/api/get-members';
import { ProcessLibrary } from '@/features/processes/components/process-library';
import { useCan } from '@/lib/authorization';

export function ProcessesRoute() {
  const { t } = useTranslation('pages');
  const { workspaceId = '' } = useParams();
  const members = useMembers(workspaceId);
  const people = useMemo(
    () => (members.data ?? []).map((m) => ({ id: m.userId, name: m.name })),
    [members.data],
  );
  return (
    <Page title={t('processes.title')}>
      <ProcessLibrary
        workspaceId={workspaceId}
        people={people}
        canWrite={useCan('processes.write')}
        processPath={(processId) => paths.workspace.process(workspaceId, processId)}
        newProcessPath={paths.workspace.newProcess(workspaceId)}
      />
    </Page>
  );
}
