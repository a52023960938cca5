/**
 * Ideas as the API answers them (GET/POST …/ideas, triage, convert), shared by the API (mappers,
 * validation) and the web client.
 */
import type { ProjectStatus, TaskStatus } from './records';

/** Where an idea stands: `inbox` until triaged. */
export const IDEA_STATUSES = ['inbox', 'accepted', 'parked', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export function isIdeaStatus(value: unknown): value is IdeaStatus {
  return typeof value === 'string' && (IDEA_STATUSES as readonly string[]).includes(value);
}

/** What triaging an idea may conclude (declining needs a note). */
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

/** What converting an idea made: the idea, linked to its new project, and the first tasks. */
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
