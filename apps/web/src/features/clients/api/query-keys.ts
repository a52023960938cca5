export const clientKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'clients'] as const,
};
