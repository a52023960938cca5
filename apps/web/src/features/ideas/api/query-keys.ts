/** Everything about a workspace's ideas lives under `['workspaces', ws, 'ideas']`. */
export const ideaKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'ideas'] as const,
  list: (workspaceId: string) => ['workspaces', workspaceId, 'ideas', 'list'] as const,
};
