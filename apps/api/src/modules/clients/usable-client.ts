import type { EntityManager } from 'typeorm';
import { inClientScope } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import type { FieldError } from '../../common/http/validation';
import { ClientEntity } from './client.entity';

/**
 * The client named by a request body for new work (a project, a converted idea): in the
 * workspace and the member's scope (one answer whether it exists elsewhere or not), not archived.
 * Problems are added to `errors` under `clientId`; null then.
 */
export async function findUsableClient(
  manager: EntityManager,
  member: WorkspaceMember,
  clientId: string,
  errors: FieldError[],
): Promise<ClientEntity | null> {
  const client = await manager.findOne(ClientEntity, {
    where: { id: clientId, workspaceId: member.workspaceId },
  });
  if (!client || !inClientScope(member, client.id)) {
    errors.push({ field: 'clientId', errors: ['clientId is not a client you can see'] });
    return null;
  }
  if (client.archivedAt) {
    errors.push({ field: 'clientId', errors: ['clientId is an archived client'] });
    return null;
  }
  return client;
}
