/**
 * Recurring tasks: on which calendar dates a rule falls, and the due date of the occurrence that
 * follows another. Dates are calendar dates `YYYY-MM-DD` in the workspace's time zone.
 */
import { addCalendarDays, daysInMonth, isCalendarDate } from './kpi';

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** How a task repeats (the `recurrence` of a task). */
export interface RecurrenceRule {
  frequency: RecurrenceFrequency;
  /** ISO weekdays, Monday 1 to Sunday 7, for `weekly`; the anchor's weekday when absent. */
  weekdays?: number[];
  /** Day of the month 1 to 31, for `monthly`; the anchor's day when absent. Clamped to short months. */
  dayOfMonth?: number;
}

function assertDate(date: string, name: string): void {
  if (!isCalendarDate(date)) {
    throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${date}"`);
  }
}

/** ISO day of the week of a calendar date: Monday 1 to Sunday 7. */
export function isoWeekdayOf(date: string): number {
  assertDate(date, 'date');
  const [year, month, day] = date.split('-').map(Number);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const weekday = d.getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * The rule with what it leaves implicit taken from the anchor (the due date of the series):
 * weekly on the anchor's weekday, monthly on its day. Stored on each new occurrence so a series
 * keeps its day: monthly on the 31st is due on Feb 28, then on Mar 31 again, not Mar 28.
 */
export function resolveRecurrence(rule: RecurrenceRule, anchor: string): RecurrenceRule {
  assertDate(anchor, 'anchor');
  switch (rule.frequency) {
    case 'daily':
      return { frequency: 'daily' };
    case 'weekly': {
      const weekdays = rule.weekdays?.length ? rule.weekdays : [isoWeekdayOf(anchor)];
      for (const weekday of weekdays) {
        if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
          throw new RangeError(`weekdays must be ISO weekdays 1 to 7, got ${weekday}`);
        }
      }
      return { frequency: 'weekly', weekdays: [...new Set(weekdays)].sort((a, b) => a - b) };
    }
    case 'monthly': {
      const dayOfMonth = rule.dayOfMonth ?? Number(anchor.slice(8, 10));
      if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 31) {
        throw new RangeError(`dayOfMonth must be 1 to 31, got ${dayOfMonth}`);
      }
      return { frequency: 'monthly', dayOfMonth };
    }
    default:
      throw new RangeError(`unknown frequency "${String((rule as RecurrenceRule).frequency)}"`);
  }
}

/** The date the monthly rule falls on in the month of `date`: its day, or the month's last. */
function monthlyDateIn(date: string, dayOfMonth: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Math.min(dayOfMonth, daysInMonth(year, month));
  return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/**
 * The first date strictly after `after` on which the rule falls; what the rule leaves implicit
 * comes from `anchor` (default: `after`).
 */
export function nextOccurrence(rule: RecurrenceRule, after: string, anchor = after): string {
  assertDate(after, 'after');
  const resolved = resolveRecurrence(rule, anchor);
  switch (resolved.frequency) {
    case 'daily':
      return addCalendarDays(after, 1);
    case 'weekly': {
      for (let days = 1; days <= 7; days++) {
        const date = addCalendarDays(after, days);
        if (resolved.weekdays!.includes(isoWeekdayOf(date))) return date;
      }
      // unreachable: a week holds every weekday
      throw new RangeError('weekdays must not be empty');
    }
    case 'monthly': {
      const thisMonth = monthlyDateIn(after, resolved.dayOfMonth!);
      if (thisMonth > after) return thisMonth;
      const firstOfNextMonth = addCalendarDays(monthlyDateIn(after, 31), 1);
      return monthlyDateIn(firstOfNextMonth, resolved.dayOfMonth!);
    }
  }
}

/**
 * The due date of the occurrence that follows one due on `dueDate` (null: it had none), `today`
 * being today in the workspace's time zone: the first date of the rule after the due date that
 * is not in the past. A series that fell behind resumes today rather than piling up missed
 * occurrences; a task without a due date repeats from today.
 */
export function nextDueDate(rule: RecurrenceRule, dueDate: string | null, today: string): string {
  assertDate(today, 'today');
  if (dueDate === null) return nextOccurrence(rule, today);
  assertDate(dueDate, 'dueDate');
  const yesterday = addCalendarDays(today, -1);
  return nextOccurrence(rule, dueDate > yesterday ? dueDate : yesterday, dueDate);
}
