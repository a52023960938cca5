import { canSeeMoney, type ClientResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../../common/access/workspace-member';
import type { ClientEntity } from '../client.entity';

export function toClientResponse(client: ClientEntity, viewer: WorkspaceMember): ClientResponse {
  const response: ClientResponse = {
    id: client.id,
    workspaceId: client.workspaceId,
    name: client.name,
    engagement: client.engagement,
    monthlyHoursBudget:
      client.monthlyHoursBudget === null ? null : Number(client.monthlyHoursBudget),
    archivedAt: client.archivedAt?.toISOString() ?? null,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
  if (canSeeMoney(viewer)) {
    response.hourlyRateCents = client.hourlyRateCents;
    response.monthlyAmountCents = client.monthlyAmountCents;
    response.commissionPercent =
      client.commissionPercent === null ? null : Number(client.commissionPercent);
  }
  return response;
}
