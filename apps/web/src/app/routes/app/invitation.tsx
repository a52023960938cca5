import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { getSessionQueryOptions } from '@/features/auth/api/get-session';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { AcceptInvitation } from '@/features/members/components/accept-invitation';
import { rememberWorkspace } from '../../current-workspace';
import { landingPath } from '../../landing';

/** `/invitations/:token`, the emailed link; signed-out visitors sign in first, then come back. */
export function InvitationRoute() {
  const { t } = useTranslation('team');
  const { token = '' } = useParams();
  const { user } = useAuthenticatedSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function onAccepted({ workspaceId }: { workspaceId: string }) {
    const sessionQuery = getSessionQueryOptions();
    await queryClient.refetchQueries({ queryKey: sessionQuery.queryKey, exact: true });
    const membership =
      queryClient
        .getQueryData(sessionQuery.queryKey)
        ?.memberships.find((m) => m.workspaceId === workspaceId) ?? null;
    if (membership) {
      rememberWorkspace(membership.workspaceId);
      notifications.show({
        color: 'green',
        message: t('accept.joined', { workspace: membership.workspaceName }),
      });
    }
    navigate(landingPath(membership), { replace: true });
  }

  return (
    <Page title={t('accept.pageTitle')}>
      <AcceptInvitation
        token={token}
        userEmail={user.email}
        onAccepted={onAccepted}
        onDecline={() => navigate(paths.home)}
      />
    </Page>
  );
}
