import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { clientKeys } from './query-keys';
import type { ClientResponse } from './types';

/** The workspace's active clients in the caller's scope. */
export function getClients(workspaceId: string): Promise<ClientResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ClientResponse>>(`/workspaces/${workspaceId}/clients`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getClientsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: clientKeys.all(workspaceId),
    queryFn: () => getClients(workspaceId),
  });
}

export function useClients(workspaceId: string) {
  return useQuery(getClientsQueryOptions(workspaceId));
}
