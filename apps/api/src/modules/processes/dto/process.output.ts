import type { DiffLine } from '@relais/domain';
import type { ProcessSuggestionEntity } from '../process-suggestion.entity';
import type { ProcessVersionEntity } from '../process-version.entity';
import type { ProcessEntity } from '../process.entity';
import type { TaskTemplateEntity } from '../task-template.entity';

/** A process in a list: everything but its body. */
export interface ProcessSummaryResponse {
  id: string;
  workspaceId: string;
  title: string;
  category: string | null;
  ownerId: string | null;
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

export function toProcessSummaryResponse(process: ProcessEntity): ProcessSummaryResponse {
  return {
    id: process.id,
    workspaceId: process.workspaceId,
    title: process.title,
    category: process.category,
    ownerId: process.ownerId,
    version: process.version,
    createdAt: process.createdAt.toISOString(),
    updatedAt: process.updatedAt.toISOString(),
  };
}

export function toProcessResponse(process: ProcessEntity): ProcessResponse {
  return { ...toProcessSummaryResponse(process), body: process.body };
}

export function toProcessVersionSummaryResponse(
  version: ProcessVersionEntity,
): ProcessVersionSummaryResponse {
  return {
    processId: version.processId,
    version: version.version,
    title: version.title,
    authorId: version.authorId,
    createdAt: version.createdAt.toISOString(),
  };
}

export function toProcessVersionResponse(version: ProcessVersionEntity): ProcessVersionResponse {
  return { ...toProcessVersionSummaryResponse(version), body: version.body };
}

export function toProcessSuggestionResponse(
  suggestion: ProcessSuggestionEntity,
): ProcessSuggestionResponse {
  return {
    id: suggestion.id,
    processId: suggestion.processId,
    authorId: suggestion.authorId,
    body: suggestion.body,
    resolvedAt: suggestion.resolvedAt?.toISOString() ?? null,
    createdAt: suggestion.createdAt.toISOString(),
  };
}

export function toTaskTemplateResponse(template: TaskTemplateEntity): TaskTemplateResponse {
  return {
    id: template.id,
    workspaceId: template.workspaceId,
    processId: template.processId,
    title: template.title,
    description: template.description,
    checklist: template.checklist.map((item) => ({ title: item.title })),
    createdById: template.createdById,
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}
