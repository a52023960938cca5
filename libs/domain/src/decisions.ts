/**
 * Decisions as the API answers them (GET/POST/PATCH …/decisions), shared by the API (mappers,
 * validation limits) and the web client.
 */
import type { DecisionDomain, DecisionStatus } from './records';

/** What deciding a proposed decision may conclude (POST …/decisions/:id/decide). */
export const DECISION_OUTCOMES = ['decided', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The records a decision can be linked to. */
export const DECISION_LINK_TYPES = ['project', 'task'] as const;
export type DecisionLinkType = (typeof DECISION_LINK_TYPES)[number];

/** The options a proposal may weigh, at most. */
export const MAX_DECISION_OPTIONS = 20;

/** A project or task that carries a decision out. */
export interface DecisionLinkResponse {
  entityType: DecisionLinkType;
  entityId: string;
  /** The project's name or the task's title. */
  title: string;
}

/** A decision as the register lists it (GET …/decisions). */
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

/** One decision with the projects and tasks linked to it (GET …/decisions/:id). */
export interface DecisionDetailResponse extends DecisionResponse {
  /** The projects and tasks that carry the decision out, those the caller may view. */
  links: DecisionLinkResponse[];
}
