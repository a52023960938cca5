import type { AuditFilters } from './types';

export const auditKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'audit-events'] as const,
  list: (workspaceId: string, filters: AuditFilters) =>
    ['workspaces', workspaceId, 'audit-events', 'list', filters] as const,
};
