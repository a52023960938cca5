import { localDateIn } from '@relais/domain';
import type { TimeEntryResponse } from '../api/types';

export interface DayOfEntries {
  /** `YYYY-MM-DD` in the workspace's time zone: an entry belongs to the day it starts. */
  day: string;
  entries: TimeEntryResponse[];
  /** Minutes of the finished entries. */
  minutes: number;
}

/** Entries by the day they start, most recent day first, each day's entries in time order. */
export function groupEntriesByDay(
  entries: readonly TimeEntryResponse[],
  timeZone: string,
): DayOfEntries[] {
  const byDay = new Map<string, TimeEntryResponse[]>();
  for (const entry of entries) {
    const day = localDateIn(new Date(entry.startedAt), timeZone);
    const list = byDay.get(day);
    if (list) list.push(entry);
    else byDay.set(day, [entry]);
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => ({
      day,
      entries: [...list].sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
      minutes: list.reduce((sum, entry) => sum + (entry.minutes ?? 0), 0),
    }));
}

/** Total and billable minutes of finished entries. */
export function totalMinutes(entries: readonly TimeEntryResponse[]): {
  total: number;
  billable: number;
} {
  let total = 0;
  let billable = 0;
  for (const entry of entries) {
    total += entry.minutes ?? 0;
    if (entry.billable) billable += entry.minutes ?? 0;
  }
  return { total, billable };
}
