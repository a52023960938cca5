import type { DecisionResponse } from '@relais/domain';
import type { DecisionEntity } from '../decision.entity';

export function toDecisionResponse(
  decision: DecisionEntity,
  supersededById: string | null,
): DecisionResponse {
  return {
    id: decision.id,
    workspaceId: decision.workspaceId,
    clientId: decision.clientId,
    title: decision.title,
    context: decision.context,
    options: decision.options,
    domain: decision.domain,
    status: decision.status,
    proposedById: decision.proposedById,
    decidedById: decision.decidedById,
    decidedAt: decision.decidedAt?.toISOString() ?? null,
    rationale: decision.rationale,
    supersedesId: decision.supersedesId,
    supersededById,
    createdAt: decision.createdAt.toISOString(),
    updatedAt: decision.updatedAt.toISOString(),
  };
}
