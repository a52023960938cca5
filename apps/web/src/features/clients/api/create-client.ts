import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clientKeys } from './query-keys';
import type { ClientInput, ClientResponse } from './types';

export function createClient(workspaceId: string, input: ClientInput): Promise<ClientResponse> {
  return api.post<ClientResponse>(`/workspaces/${workspaceId}/clients`, input);
}

export function useCreateClient(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ClientInput) => createClient(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all(workspaceId) }),
  });
}
