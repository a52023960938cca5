import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canSeeMoney } from '@relais/domain';
import { SectionLoader } from '@/components/ui/query-state';
import { Page } from '@/components/ui/page';
import { useMembers } from '@/features/members/api/get-members';
import { TimeSheet } from '@/features/time/components/time-sheet';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useCan, useCurrentMembership, useViewer } from '@/lib/authorization';
import { usePeople } from '../../people';

/** Time entries of a period: everyone's for those who approve them, her own for a VA. */
export function TimeRoute() {
  const { t } = useTranslation('shell');
  const { workspaceId = '' } = useParams();
  const viewer = useViewer();
  const membership = useCurrentMembership();
  const canViewAll = useCan('time.viewAll');
  const canApprove = useCan('time.approve');
  const workspace = useWorkspace(workspaceId);
  const people = usePeople(useMembers(canViewAll ? workspaceId : null).data);
  return (
    <Page title={t('nav.time')}>
      {workspace.isPending ? (
        <SectionLoader />
      ) : (
        <TimeSheet
          workspaceId={workspaceId}
          userId={viewer?.userId ?? ''}
          canViewAll={canViewAll}
          canApprove={canApprove}
          canSeeMoney={membership !== null && canSeeMoney(membership)}
          currency={workspace.data?.currency ?? 'EUR'}
          timeZone={
            workspace.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'
          }
          members={people}
        />
      )}
    </Page>
  );
}
