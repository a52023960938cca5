/**
 * Task queries. Everything about a workspace's tasks lives under `['workspaces', ws, 'tasks']`,
 * so one prefix reaches every list and detail when a task changes.
 */
export const taskKeys = {
  mine: () => ['me', 'tasks'] as const,
  all: (workspaceId: string) => ['workspaces', workspaceId, 'tasks'] as const,
  lists: (workspaceId: string) => ['workspaces', workspaceId, 'tasks', 'list'] as const,
  list: (workspaceId: string, filters: { projectId?: string; assigneeId?: string }) =>
    ['workspaces', workspaceId, 'tasks', 'list', filters] as const,
  detail: (workspaceId: string, taskId: string) =>
    ['workspaces', workspaceId, 'tasks', 'detail', taskId] as const,
  comments: (workspaceId: string, taskId: string) =>
    ['workspaces', workspaceId, 'tasks', 'comments', taskId] as const,
};
