import type { DecisionDomain, DecisionStatus } from '@relais/domain';

export const DECISION_OUTCOMES = ['decided', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_LINK_TYPES = ['project', 'task'] as const;
export type DecisionLinkType = (typeof DECISION_LINK_TYPES)[number];

/** The options a proposal may weigh, at most (the API's limit). */
export const MAX_DECISION_OPTIONS = 20;

/** A project or task that carries a decision out. */
export interface DecisionLink {
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
  /** The decided decision that replaced this one. */
  supersededById: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One decision with the projects and tasks linked to it (GET …/decisions/:id). */
export interface DecisionDetailResponse extends DecisionResponse {
  links: DecisionLink[];
}

export interface DecisionInput {
  title: string;
  context?: string;
  domain: DecisionDomain;
  options?: string[];
  clientId?: string | null;
  supersedesId?: string | null;
}

export interface DecisionFilters {
  status?: DecisionStatus;
  domain?: DecisionDomain;
}

/** A choice in a form: a client, a project or a person. */
export interface Option {
  id: string;
  name: string;
}
