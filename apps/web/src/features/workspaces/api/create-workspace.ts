import { useMutation } from '@tanstack/react-query';
import type { Role } from '@relais/domain';
import { api } from '@/lib/api-client';

export interface CreateWorkspaceInput {
  name: string;
  /** The creator's role; the API makes them `founder` when omitted. */
  role?: Role;
}

export interface WorkspaceResponse {
  id: string;
  name: string;
  createdAt?: string;
  updatedAt?: string;
}

export function createWorkspace(input: CreateWorkspaceInput): Promise<WorkspaceResponse> {
  return api.post<WorkspaceResponse>('/workspaces', input);
}

export function useCreateWorkspace() {
  return useMutation({ mutationFn: createWorkspace });
}
