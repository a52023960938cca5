/**
 * Processes, their versions and suggestions, and task templates as the API answers them
 * (…/processes, …/task-templates).
 */
import type { DiffLine } from './text-diff';

/** A process in a list: everything but its body. */
export interface ProcessSummaryResponse {
  id: string;
  workspaceId: string;
  title: string;
  category: string | null;
  ownerId: string | null;
  /** Bumped by every save; a PATCH carries the one read (409 when stale). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProcessResponse extends ProcessSummaryResponse {
  /** Markdown of the current version. */
  body: string;
}

export interface ProcessVersionSummaryResponse {
  processId: string;
  version: number;
  title: string;
  authorId: string | null;
  createdAt: string;
}

export interface ProcessVersionResponse extends ProcessVersionSummaryResponse {
  body: string;
}

export type ProcessDiffResponse = DiffLine[];

export interface ProcessSuggestionResponse {
  id: string;
  processId: string;
  authorId: string | null;
  body: string;
  resolvedAt: string | null;
  createdAt: string;
}

export interface TaskTemplateResponse {
  id: string;
  workspaceId: string;
  processId: string | null;
  title: string;
  description: string;
  /** Copied into a new task's checklist (each item not done). */
  checklist: { title: string }[];
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
}
