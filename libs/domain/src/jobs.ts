/** A background job of a workspace that failed for good (GET …/admin/failed-jobs). */
export interface FailedJobResponse {
  id: string;
  name: string;
  /** Its payload: ids only, never content. */
  data: unknown;
  attempts: number;
  error: string;
  failedAt: string;
}
