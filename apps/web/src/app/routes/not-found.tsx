import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation(['pages', 'common']);
  return (
    <Page title={t('notFound.title')}>
      <EmptyStatePanel
        icon={<IconMapQuestion aria-hidden />}
        title={t('notFound.title')}
        description={t('notFound.description')}
      >
        <Button component={Link} to={paths.home}>
          {t('common:actions.backHome')}
        </Button>
      </EmptyStatePanel>
    </Page>
  );
}
