import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { useMembers } from '@/features/members/api/get-members';
import { ObjectivesList } from '@/features/objectives/components/objectives-list';
import { useCan, useViewer } from '@/lib/authorization';
import { usePeople } from '../../people';

/** Objectives and key results: founder and ops director edit, the OBM updates progress. */
export function ObjectivesRoute() {
  const { t } = useTranslation('shell');
  const { workspaceId = '' } = useParams();
  const viewer = useViewer();
  const canManage = useCan('objectives.manage');
  const canUpdateProgress = useCan('objectives.updateProgress');
  const people = usePeople(useMembers(canManage ? workspaceId : null).data);
  return (
    <Page title={t('nav.objectives')}>
      <ObjectivesList
        workspaceId={workspaceId}
        userId={viewer?.userId ?? ''}
        canManage={canManage}
        canUpdateProgress={canUpdateProgress}
        members={people}
      />
    </Page>
  );
}
