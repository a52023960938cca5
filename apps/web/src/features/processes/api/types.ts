import type { DiffLine } from '@relais/domain';

/** A process in the library list: everything but its body. */
export interface ProcessSummary {
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

export interface ProcessResponse extends ProcessSummary {
  /** Markdown of the current version. */
  body: string;
}

export interface ProcessVersionSummary {
  processId: string;
  version: number;
  title: string;
  authorId: string | null;
  createdAt: string;
}

export interface ProcessVersionResponse extends ProcessVersionSummary {
  body: string;
}

export type ProcessDiff = DiffLine[];

export interface ProcessSuggestion {
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
  checklist: { title: string }[];
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProcessInput {
  title: string;
  category?: string | null;
  body: string;
  ownerId?: string | null;
}

export interface ProcessFilters {
  category?: string;
  q?: string;
}

/** A person the screens name (owners, authors) or offer as an owner. */
export interface Option {
  id: string;
  name: string;
}
