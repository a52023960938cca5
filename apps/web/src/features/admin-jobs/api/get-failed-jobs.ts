import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/pagination';
import { adminJobKeys } from './query-keys';
import type { FailedJobResponse } from './types';

/** Failed jobs per "load more". */
export const FAILED_JOBS_PAGE_SIZE = 50;

export function getFailedJobs(
  workspaceId: string,
  cursor: string | undefined,
): Promise<Page<FailedJobResponse>> {
  return api.get<Page<FailedJobResponse>>(`/workspaces/${workspaceId}/admin/failed-jobs`, {
    query: { limit: FAILED_JOBS_PAGE_SIZE, cursor },
  });
}

export function getFailedJobsQueryOptions(workspaceId: string) {
  return infiniteQueryOptions({
    queryKey: adminJobKeys.all(workspaceId),
    queryFn: ({ pageParam }) => getFailedJobs(workspaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The workspace's failed jobs, newest first, one page at a time. */
export function useFailedJobs(workspaceId: string) {
  return useInfiniteQuery(getFailedJobsQueryOptions(workspaceId));
}
