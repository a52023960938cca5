import type { TimeEntryResponse } from '../api/types';

/** Its author may edit or delete an entry until it is approved (a running timer: stop it first). */
export function canChangeEntry(entry: TimeEntryResponse, userId: string | undefined): boolean {
  return entry.userId === userId && !entry.approved && !entry.running;
}

/** An entry waits for approval once finished; approved ones are locked. */
export function awaitsApproval(entry: TimeEntryResponse): boolean {
  return !entry.approved && !entry.running;
}
