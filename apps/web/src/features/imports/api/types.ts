import type {
  DateOrder,
  ImportMapping,
  ImportReason,
  ImportReasonCode,
  ImportReasonParams,
  ImportRowError,
  TaskImportResponse,
} from '@relais/domain';

export { isImportReasonCode } from '@relais/domain';
export type {
  DateOrder,
  ImportMapping,
  ImportReason,
  ImportReasonCode,
  ImportReasonParams,
  ImportRowError,
  TaskImportResponse,
};

/** POST /api/workspaces/:ws/imports, sent as a form with the file. */
export interface TaskImportInput {
  file: File;
  projectId: string;
  mapping: ImportMapping;
  dateOrder: DateOrder;
}

/** A project tasks can be imported into, with its client to tell projects apart. */
export interface ProjectChoice {
  id: string;
  name: string;
  clientName: string;
}
