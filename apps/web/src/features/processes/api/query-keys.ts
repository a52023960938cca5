import type { ProcessFilters } from './types';

/** Everything about a workspace's processes lives under `['workspaces', ws, 'processes']`. */
export const processKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'processes'] as const,
  lists: (workspaceId: string) => ['workspaces', workspaceId, 'processes', 'list'] as const,
  list: (workspaceId: string, filters: ProcessFilters) =>
    ['workspaces', workspaceId, 'processes', 'list', filters] as const,
  detail: (workspaceId: string, processId: string) =>
    ['workspaces', workspaceId, 'processes', 'detail', processId] as const,
  versions: (workspaceId: string, processId: string) =>
    ['workspaces', workspaceId, 'processes', 'versions', processId] as const,
  diff: (workspaceId: string, processId: string, from: number, to: number) =>
    ['workspaces', workspaceId, 'processes', 'diff', processId, from, to] as const,
  suggestions: (workspaceId: string, processId: string) =>
    ['workspaces', workspaceId, 'processes', 'suggestions', processId] as const,
  /** Every task template of the workspace; a prefix of the per-process lists below. */
  allTemplates: (workspaceId: string) =>
    ['workspaces', workspaceId, 'processes', 'templates'] as const,
  templates: (workspaceId: string, processId: string) =>
    ['workspaces', workspaceId, 'processes', 'templates', processId] as const,
};
