import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canSeeMoney } from '@relais/domain';
import { Page } from '@/components/ui/page';
import { ClientsList } from '@/features/clients/components/clients-list';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useCurrentMembership } from '@/lib/authorization';

export function ClientsRoute() {
  const { t } = useTranslation('pages');
  const { workspaceId = '' } = useParams();
  const membership = useCurrentMembership();
  const workspace = useWorkspace(workspaceId);
  return (
    <Page title={t('clients.title')}>
      <ClientsList
        workspaceId={workspaceId}
        canSeeMoney={membership !== null && canSeeMoney(membership)}
        currency={workspace.data?.currency ?? 'EUR'}
      />
    </Page>
  );
}
