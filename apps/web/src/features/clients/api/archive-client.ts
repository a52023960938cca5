import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clientKeys } from './query-keys';
import type { ClientResponse } from './types';

/** DELETE archives: the client leaves the lists, its projects and history stay. */
export function archiveClient(workspaceId: string, clientId: string): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/clients/${clientId}`);
}

export function useArchiveClient(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientId: string) => archiveClient(workspaceId, clientId),
    onSuccess: (_, clientId) => {
      queryClient.setQueryData<ClientResponse[]>(clientKeys.all(workspaceId), (clients) =>
        clients?.filter((c) => c.id !== clientId),
      );
      void queryClient.invalidateQueries({ queryKey: clientKeys.all(workspaceId) });
    },
  });
}
