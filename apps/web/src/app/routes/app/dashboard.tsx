import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canSeeMoney } from '@relais/domain';
import { Page } from '@/components/ui/page';
import { useClients } from '@/features/clients/api/get-clients';
import { Dashboard } from '@/features/dashboard/components/dashboard';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useCan, useCurrentMembership } from '@/lib/authorization';

export function DashboardRoute() {
  const { t } = useTranslation(['pages', 'dashboard']);
  const { workspaceId = '' } = useParams();
  // a VA's dashboard is her own figures ("personal stats only" in the permission matrix)
  const personal = !useCan('dashboard.viewTeam');
  const clients = useClients(workspaceId);
  const membership = useCurrentMembership();
  const workspace = useWorkspace(workspaceId);
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  return (
    <Page title={personal ? t('dashboard:personalTitle') : t('pages:dashboard.title')}>
      <Dashboard
        workspaceId={workspaceId}
        personal={personal}
        clients={clientOptions}
        canSeeMoney={membership !== null && canSeeMoney(membership)}
        currency={workspace.data?.currency ?? 'EUR'}
      />
    </Page>
  );
}
