export const adminJobKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'admin', 'failed-jobs'] as const,
};
