import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@mantine/core';
import { paths, REDIRECT_PARAM, safeRedirect, signInPath } from '@/config/paths';
import { FullPageLoader } from '@/components/ui/full-page-loader';
import { FullPageMessage } from '@/components/ui/full-page-message';
import { describeError } from '@/lib/errors';
import { useSession } from '../hooks/use-session';

function SessionUnavailable({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <FullPageMessage title={t('errors.title')} description={describeError(error, t)}>
      <Button onClick={retry}>{t('actions.retry')}</Button>
    </FullPageMessage>
  );
}

/** Renders the child routes for a signed-in user; sends anyone else to sign-in, then back. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation('auth');
  switch (session.status) {
    case 'loading':
      return <FullPageLoader label={t('restoring')} />;
    case 'error':
      return <SessionUnavailable error={session.error} retry={session.retry} />;
    case 'anonymous':
      // after an explicit sign-out the next person starts from home, not from this page
      return (
        <Navigate
          to={
            session.signedOut
              ? paths.signIn
              : signInPath(location.pathname + location.search + location.hash)
          }
          replace
        />
      );
    case 'authenticated':
      return <Outlet />;
  }
}

/** For sign-in and sign-up: a signed-in user goes where they were heading (or home). */
export function RedirectIfSignedIn() {
  const session = useSession();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation('auth');
  switch (session.status) {
    case 'loading':
      return <FullPageLoader label={t('restoring')} />;
    case 'authenticated':
      return <Navigate to={safeRedirect(searchParams.get(REDIRECT_PARAM), paths.home)} replace />;
    default:
      // a failed restore still lets the user try to sign in
      return <Outlet />;
  }
}
