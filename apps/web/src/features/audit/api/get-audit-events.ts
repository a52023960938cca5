import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/pagination';
import { auditKeys } from './query-keys';
import type { AuditEvent, AuditFilters } from './types';

/** Events per "load more". */
export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents(
  workspaceId: string,
  filters: AuditFilters,
  cursor: string | undefined,
): Promise<Page<AuditEvent>> {
  return api.get<Page<AuditEvent>>(`/workspaces/${workspaceId}/audit-events`, {
    query: { ...filters, limit: AUDIT_PAGE_SIZE, cursor },
  });
}

export function getAuditEventsQueryOptions(workspaceId: string, filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.list(workspaceId, filters),
    queryFn: ({ pageParam }) => getAuditEvents(workspaceId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The audit trail, newest first, one page at a time. */
export function useAuditEvents(workspaceId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    ...getAuditEventsQueryOptions(workspaceId, filters),
    placeholderData: keepPreviousData,
  });
}
