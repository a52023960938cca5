export const projectKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'projects'] as const,
  list: (workspaceId: string, filters: { clientId?: string }) =>
    ['workspaces', workspaceId, 'projects', 'list', filters] as const,
  detail: (workspaceId: string, projectId: string) =>
    ['workspaces', workspaceId, 'projects', 'detail', projectId] as const,
};
