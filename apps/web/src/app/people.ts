import { useMemo } from 'react';
import type { MemberResponse } from '@/features/members/api/types';
import type { Person } from '@/features/tasks/api/types';

/** The workspace's active members as the task screens name and assign them. */
export function usePeople(members: readonly MemberResponse[] | undefined): Person[] {
  return useMemo(
    () =>
      (members ?? [])
        .filter((member) => member.active !== false)
        .map((member) => ({ userId: member.userId, name: member.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [members],
  );
}
