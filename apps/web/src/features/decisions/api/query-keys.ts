import type { DecisionFilters } from './types';

/** Everything about a workspace's decisions lives under `['workspaces', ws, 'decisions']`. */
export const decisionKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'decisions'] as const,
  lists: (workspaceId: string) => ['workspaces', workspaceId, 'decisions', 'list'] as const,
  list: (workspaceId: string, filters: DecisionFilters) =>
    ['workspaces', workspaceId, 'decisions', 'list', filters] as const,
  detail: (workspaceId: string, decisionId: string) =>
    ['workspaces', workspaceId, 'decisions', 'detail', decisionId] as const,
  linkableTasks: (workspaceId: string, projectId: string) =>
    ['workspaces', workspaceId, 'decisions', 'linkable-tasks', projectId] as const,
};
