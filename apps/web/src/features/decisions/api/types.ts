import type { DecisionDomain, DecisionStatus } from '@relais/domain';

export {
  DECISION_LINK_TYPES,
  DECISION_OUTCOMES,
  MAX_DECISION_OPTIONS,
  type DecisionDetailResponse,
  type DecisionLinkResponse as DecisionLink,
  type DecisionLinkType,
  type DecisionOutcome,
  type DecisionResponse,
} from '@relais/domain';

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
