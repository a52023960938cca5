/** When a task is "due soon": the due-soon reminder and the overdue rules, in the workspace's zone. */
import { addCalendarDays, zonedDayStart } from './kpi';

/** A task is due soon when the end of its due day is at most this far away. */
export const DUE_SOON_WINDOW_MS = 24 * 3_600_000;

/**
 * The instant a task due on `dueDate` becomes overdue: the end of its due day in the time zone
 * (the start of the next day), as the on-time rule of the KPIs counts it.
 */
export function dueInstant(dueDate: string, timeZone: string): Date {
  return zonedDayStart(addCalendarDays(dueDate, 1), timeZone);
}

/** Whether the due day ends within the window from `now`, and has not ended yet. */
export function isDueSoon(
  dueDate: string,
  timeZone: string,
  now: Date = new Date(),
  windowMs = DUE_SOON_WINDOW_MS,
): boolean {
  const left = dueInstant(dueDate, timeZone).getTime() - now.getTime();
  return left > 0 && left <= windowMs;
}
