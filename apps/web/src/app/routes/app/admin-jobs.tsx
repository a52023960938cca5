import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import { Page } from '@/components/ui/page';
import { FailedJobsList } from '@/features/admin-jobs/components/failed-jobs-list';

export function AdminJobsRoute() {
  const { t } = useTranslation('adminJobs');
  const { workspaceId = '' } = useParams();
  return (
    <Page title={t('pageTitle')}>
      <Text c="dimmed" maw={720}>
        {t('intro')}
      </Text>
      <FailedJobsList workspaceId={workspaceId} />
    </Page>
  );
}
