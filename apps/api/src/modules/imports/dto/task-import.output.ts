import type { ImportStatus, TaskImportResponse } from '@relais/domain';
import type { TaskImportEntity } from '../task-import.entity';

export function toTaskImportResponse(i: TaskImportEntity): TaskImportResponse {
  return {
    id: i.id,
    projectId: i.projectId,
    status: i.status as ImportStatus,
    totalRows: i.totalRows,
    processedRows: i.processedRows,
    importedRows: i.importedRows,
    // imports recorded before reasons had codes have only the message
    errors: i.errors.map((e) => ({ line: e.line, message: e.message, reasons: e.reasons ?? [] })),
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}
