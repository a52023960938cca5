import { canSeeMoney, type Engagement } from '@relais/domain';
import type { WorkspaceMember } from '../../../common/access/workspace-member';
import type { ClientEntity } from '../client.entity';

export interface ClientResponse {
  id: string;
  workspaceId: string;
  name: string;
  engagement: Engagement;
  monthlyHoursBudget: number | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Present only for roles that may see money. */
  hourlyRateCents?: number | null;
  monthlyAmountCents?: number | null;
  commissionPercent?: number | null;
}

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
