import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { useClients } from '@/features/clients/api/get-clients';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { TeamList } from '@/features/members/components/team-list';
import { useCan, useMemberContext } from '@/lib/authorization';

export function TeamRoute() {
  const { t } = useTranslation('pages');
  const { workspaceId = '' } = useParams();
  const actor = useMemberContext();
  const clients = useClients(workspaceId);
  // open tasks and the next 7 days' hours come from the dashboard's workload
  const workload = useDashboard(workspaceId, {}, useCan('dashboard.viewTeam'));
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  if (!actor) return null;
  return (
    <Page title={t('team.title')}>
      <TeamList
        workspaceId={workspaceId}
        actor={actor}
        workload={workload.data?.workload}
        clients={clientOptions}
      />
    </Page>
  );
}
