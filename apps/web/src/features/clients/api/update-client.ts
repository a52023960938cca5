import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clientKeys } from './query-keys';
import type { ClientInput, ClientResponse } from './types';

export interface UpdateClientVariables {
  clientId: string;
  changes: Partial<ClientInput>;
}

export function updateClient(
  workspaceId: string,
  { clientId, changes }: UpdateClientVariables,
): Promise<ClientResponse> {
  return api.patch<ClientResponse>(`/workspaces/${workspaceId}/clients/${clientId}`, changes);
}

export function useUpdateClient(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateClientVariables) => updateClient(workspaceId, variables),
    onSuccess: (client) => {
      queryClient.setQueryData<ClientResponse[]>(clientKeys.all(workspaceId), (clients) =>
        clients?.map((c) => (c.id === client.id ? client : c)),
      );
      void queryClient.invalidateQueries({ queryKey: clientKeys.all(workspaceId) });
      // projects show their client's name
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'projects'] });
    },
  });
}
