import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { NotificationPreferencesForm } from '@/features/notifications/components/notification-preferences-form';

/** The signed-in user's notification settings: which kinds are also sent by email. */
export function NotificationSettingsRoute() {
  const { t } = useTranslation('notifications');
  const { user, memberships } = useAuthenticatedSession();
  const roles = useMemo(() => [...new Set(memberships.map((m) => m.role))], [memberships]);
  return (
    <Page title={t('settings.pageTitle')}>
      <NotificationPreferencesForm email={user.email} roles={roles} />
    </Page>
  );
}
