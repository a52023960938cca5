export {
  IDEA_STATUSES,
  MAX_FIRST_TASKS,
  TRIAGE_OUTCOMES,
  isIdeaStatus,
  type IdeaConversionResponse,
  type IdeaResponse,
  type IdeaStatus,
  type TriageOutcome,
} from '@relais/domain';

export interface IdeaInput {
  title: string;
  notes?: string;
}

export interface FirstTaskInput {
  title: string;
  assigneeId?: string | null;
  dueDate?: string | null;
}

export interface ConvertIdeaInput {
  clientId: string;
  projectName?: string;
  tasks?: FirstTaskInput[];
}

export interface Option {
  id: string;
  name: string;
}

/** Someone a first task can be assigned to: only members who work for the chosen client. */
export interface Assignee extends Option {
  /** Empty: every client. */
  clientIds: readonly string[];
}
