export const objectiveKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'objectives'] as const,
  list: (workspaceId: string) => ['workspaces', workspaceId, 'objectives', 'list'] as const,
};
