import { Button } from '@mantine/core';
import { IconLock, IconMapOff } from '@tabler/icons-react';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLimitedToOwn, type Action } from '@relais/domain';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { paths } from '@/config/paths';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { useCan, useCurrentMembership } from '@/lib/authorization';

/** `/w/:workspaceId/*` for members of that workspace only; the API answers 404 to others. */
export function RequireMembership() {
  const { t } = useTranslation(['workspaces', 'common']);
  const { workspaceId } = useParams();
  const { memberships } = useAuthenticatedSession();
  if (memberships.some((m) => m.workspaceId === workspaceId)) return <Outlet />;
  return (
    <EmptyStatePanel
      icon={<IconMapOff aria-hidden />}
      title={t('notMember.title')}
      description={t('notMember.description')}
    >
      <Button component={Link} to={paths.home}>
        {t('common:actions.backHome')}
      </Button>
    </EmptyStatePanel>
  );
}

/**
 * A page for the roles the shared matrix grants `action`; others get a clear refusal. With
 * `allRecords`, a grant limited to the member's own records is not enough (the API refuses it).
 */
export function RequirePermission({
  action,
  allRecords = false,
}: {
  action: Action;
  allRecords?: boolean;
}) {
  const { t } = useTranslation(['pages', 'common']);
  const membership = useCurrentMembership();
  const allowed =
    useCan(action) && !(allRecords && membership && isLimitedToOwn(membership, action));
  if (allowed) return <Outlet />;
  return (
    <EmptyStatePanel
      icon={<IconLock aria-hidden />}
      title={t('forbidden.title')}
      description={t('forbidden.description')}
    >
      <Button component={Link} to={paths.home}>
        {t('common:actions.backHome')}
      </Button>
    </EmptyStatePanel>
  );
}
