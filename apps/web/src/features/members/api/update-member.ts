import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@relais/domain';
import { api } from '@/lib/api-client';
import { memberKeys } from './query-keys';
import type { MemberResponse } from './types';

export interface UpdateMemberInput {
  workspaceId: string;
  userId: string;
  changes: {
    role?: Role;
    clientIds?: string[];
    jobTitle?: string | null;
    weeklyCapacityHours?: number | null;
  };
}

export function updateMember({
  workspaceId,
  userId,
  changes,
}: UpdateMemberInput): Promise<MemberResponse> {
  return api.patch<MemberResponse>(`/workspaces/${workspaceId}/members/${userId}`, changes);
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (member, { workspaceId, userId }) => {
      queryClient.setQueryData<MemberResponse[]>(memberKeys.all(workspaceId), (members) =>
        members?.map((m) => (m.userId === userId ? { ...m, ...member } : m)),
      );
      void queryClient.invalidateQueries({ queryKey: memberKeys.all(workspaceId) });
    },
  });
}
