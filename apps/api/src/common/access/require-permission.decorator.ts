import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiParam,
} from '@nestjs/swagger';
import type { Action } from '@relais/domain';
import { WorkspaceAccessGuard } from './workspace-access.guard';

export const REQUIRED_PERMISSION = 'relais:requiredPermission';

/**
 * A workspace route (`/workspaces/:ws/…`): the caller must be an active member of `:ws` (404
 * otherwise, so outsiders learn nothing) whose role may attempt `action` (403 otherwise).
 * Record-level checks (ownership, client scope) stay in the services.
 */
export function RequirePermission(action: Action) {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, action),
    UseGuards(WorkspaceAccessGuard),
    ApiBearerAuth(),
    ApiParam({ name: 'ws', format: 'uuid', description: 'Workspace id' }),
    ApiForbiddenResponse({ description: `The member's role may not ${action}` }),
    ApiNotFoundResponse({ description: 'Not a member of this workspace, or no such record' }),
  );
}
