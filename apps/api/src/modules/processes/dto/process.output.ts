import type {
  ProcessResponse,
  ProcessSuggestionResponse,
  ProcessSummaryResponse,
  ProcessVersionResponse,
  ProcessVersionSummaryResponse,
  TaskTemplateResponse,
} from '@relais/domain';
import type { ProcessSuggestionEntity } from '../process-suggestion.entity';
import type { ProcessVersionEntity } from '../process-version.entity';
import type { ProcessEntity } from '../process.entity';
import type { TaskTemplateEntity } from '../task-template.entity';

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
