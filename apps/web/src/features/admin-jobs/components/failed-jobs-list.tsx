import { Badge, Code, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useFailedJobs } from '../api/get-failed-jobs';
import { isKnownJobName, type FailedJobResponse } from '../api/types';

/** Jobs of the workspace that failed after every retry, newest first, a page at a time. */
export function FailedJobsList({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('adminJobs');
  const query = useFailedJobs(workspaceId);
  const jobs = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return <SectionLoader label={t('list.loading')} />;
  // a failed "load more" keeps what was loaded, with its own retry below
  if (query.isError && !query.isFetchNextPageError) {
    return <SectionError error={query.error} retry={() => void query.refetch()} />;
  }
  if (jobs.length === 0) {
    return (
      <EmptyStatePanel
        icon={<IconCircleCheck aria-hidden />}
        title={t('list.emptyTitle')}
        description={t('list.emptyDescription')}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" aria-busy={query.isFetching}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('list.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={200}>
                  {t('list.job')}
                </Table.Th>
                <Table.Th scope="col" w={180}>
                  {t('list.when')}
                </Table.Th>
                <Table.Th scope="col" w={110}>
                  {t('list.attempts')}
                </Table.Th>
                <Table.Th scope="col">{t('list.error')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((job) => (
                <FailedJobRow key={job.id} job={job} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMoreFooter
        query={query}
        shownLabel={
          query.hasNextPage
            ? t('list.shownMore', { count: jobs.length })
            : t('list.shownAll', { count: jobs.length })
        }
        loadMoreLabel={t('list.loadMore')}
      />
    </Stack>
  );
}

function FailedJobRow({ job }: { job: FailedJobResponse }) {
  const { t } = useTranslation('adminJobs');
  const format = useFormatters();
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {isKnownJobName(job.name) ? t(`names.${job.name}`) : job.name}
          </Text>
          <Code fz="xs" style={{ overflowWrap: 'anywhere' }}>
            {job.id}
          </Code>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <time dateTime={job.failedAt}>
            {format.date(job.failedAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="red">
          {job.attempts}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} lineClamp={4} title={job.error}>
          {job.error}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
