/** Everything about a workspace's imports lives under `['workspaces', ws, 'imports']`. */
export const importKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'imports'] as const,
  detail: (workspaceId: string, importId: string) =>
    ['workspaces', workspaceId, 'imports', importId] as const,
};
