export const memberKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
  invitation: (token: string) => ['invitations', token] as const,
};
