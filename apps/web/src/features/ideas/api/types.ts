import type { ProjectStatus, TaskStatus } from '@relais/domain';

export const IDEA_STATUSES = ['inbox', 'accepted', 'parked', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export function isIdeaStatus(value: unknown): value is IdeaStatus {
  return typeof value === 'string' && (IDEA_STATUSES as readonly string[]).includes(value);
}

export const TRIAGE_OUTCOMES = ['accepted', 'parked', 'declined'] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

/** The first tasks a project made from an idea may start with, at most. */
export const MAX_FIRST_TASKS = 50;

export interface IdeaResponse {
  id: string;
  workspaceId: string;
  title: string;
  notes: string;
  authorId: string | null;
  status: IdeaStatus;
  /** The word given at triage (required to decline). */
  triageNote: string | null;
  triagedById: string | null;
  triagedAt: string | null;
  /** The project the idea became. */
  projectId: string | null;
  createdAt: string;
  updatedAt: string;
}

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

/** What turning an idea into a project made. */
export interface IdeaConversionResponse {
  idea: IdeaResponse;
  project: { id: string; clientId: string; name: string; status: ProjectStatus };
  tasks: {
    id: string;
    title: string;
    assigneeId: string | null;
    dueDate: string | null;
    status: TaskStatus;
    position: number;
  }[];
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
