import type { DecisionDomain, DecisionStatus } from '@relais/domain';
import type { DecisionEntity } from '../decision.entity';
import type { DecisionLinkType } from './decision.input';

export interface DecisionLinkResponse {
  entityType: DecisionLinkType;
  entityId: string;
  /** The project's name or the task's title. */
  title: string;
}

export interface DecisionResponse {
  id: string;
  workspaceId: string;
  clientId: string | null;
  title: string;
  context: string;
  options: string[];
  domain: DecisionDomain;
  status: DecisionStatus;
  proposedById: string | null;
  decidedById: string | null;
  decidedAt: string | null;
  rationale: string | null;
  /** The earlier decision this one replaces. */
  supersedesId: string | null;
  /** The decided decision that replaced this one, if any. */
  supersededById: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DecisionDetailResponse extends DecisionResponse {
  /** The projects and tasks that carry the decision out, those the caller may view. */
  links: DecisionLinkResponse[];
}

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
