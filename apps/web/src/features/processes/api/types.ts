export type {
  ProcessDiffResponse as ProcessDiff,
  ProcessResponse,
  ProcessSuggestionResponse as ProcessSuggestion,
  ProcessSummaryResponse as ProcessSummary,
  ProcessVersionResponse,
  ProcessVersionSummaryResponse as ProcessVersionSummary,
  TaskTemplateResponse,
} from '@relais/domain';

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
