import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canSeeMoney } from '@relais/domain';
import { Page } from '@/components/ui/page';
import { BudgetsOverview } from '@/features/budgets/components/budgets-overview';
import { canRecordRevenue } from '@/features/budgets/utils/revenue-policy';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useCurrentMembership } from '@/lib/authorization';

/** Each client's month against its budget; money for the roles that may see it. */
export function BudgetsRoute() {
  const { t } = useTranslation('shell');
  const { workspaceId = '' } = useParams();
  const membership = useCurrentMembership();
  const workspace = useWorkspace(workspaceId);
  return (
    <Page title={t('nav.budgets')}>
      <BudgetsOverview
        workspaceId={workspaceId}
        canSeeMoney={membership !== null && canSeeMoney(membership)}
        canRecordRevenue={membership !== null && canRecordRevenue(membership)}
        currency={workspace.data?.currency ?? 'EUR'}
      />
    </Page>
  );
}
