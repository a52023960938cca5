import { Button } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FullPageMessage } from '@/components/ui/full-page-message';
import { paths } from '@/config/paths';
import { describeError } from '@/lib/errors';

/** Last resort for a route that threw (a render bug, or a page chunk that failed to load). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation(['pages', 'common']);
  const { t: tCommon } = useTranslation('common');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <FullPageMessage
      title={notFound ? t('notFound.title') : t('error.title')}
      description={notFound ? t('notFound.description') : describeError(error, tCommon)}
    >
      <Button onClick={() => window.location.reload()}>{t('common:actions.reload')}</Button>
      <Button variant="default" component={Link} to={paths.home} reloadDocument>
        {t('common:actions.backHome')}
      </Button>
    </FullPageMessage>
  );
}
