import type { QueryClient } from '@tanstack/react-query';
import type { TimeEntriesListFilters } from './types';

/**
 * Time queries. A workspace's entries live under `['workspaces', ws, 'time-entries']`; the
 * running timer is the user's, across workspaces.
 */
export const timeKeys = {
  timer: () => ['me', 'timer'] as const,
  all: (workspaceId: string) => ['workspaces', workspaceId, 'time-entries'] as const,
  lists: (workspaceId: string) => ['workspaces', workspaceId, 'time-entries', 'list'] as const,
  list: (workspaceId: string, filters: TimeEntriesListFilters) =>
    ['workspaces', workspaceId, 'time-entries', 'list', filters] as const,
};

/** Time moved in a workspace: its entries, and the budgets and dashboard counting them. */
export function invalidateTime(queryClient: QueryClient, workspaceId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: timeKeys.all(workspaceId) }),
    queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'budgets'] }),
    queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] }),
  ]);
}
