import { addCalendarDays, isCalendarDate, isoWeekMonday } from '@relais/domain';

export const PERIOD_PRESETS = ['7d', '30d', '90d'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const PRESET_DAYS: Record<PeriodPreset, number> = { '7d': 7, '30d': 30, '90d': 90 };

export interface DateRange {
  /** First day, included. */
  from: string;
  /** Day after the last one: the API's `to` is excluded. */
  to: string;
}

/** The last `n` days, today included: `[today - (n - 1), today + 1)`. */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  return { from: addCalendarDays(today, 1 - PRESET_DAYS[preset]), to: addCalendarDays(today, 1) };
}

/** A range picked in a calendar, both days included, as the API's `[from, to)`. */
export function pickedRange(first: string, last: string): DateRange | null {
  if (!isCalendarDate(first) || !isCalendarDate(last)) return null;
  const [start, end] = first <= last ? [first, last] : [last, first];
  return { from: start, to: addCalendarDays(end, 1) };
}

/** The last day of a range (for showing it: `to` itself is excluded). */
export function lastDayOf(range: DateRange): string {
  return addCalendarDays(range.to, -1);
}

/** The Monday of an ISO week `YYYY-Www` (week 1 is the one holding 4 January). */
export function isoWeekStart(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const firstMonday = isoWeekMonday(`${match[1]}-01-04`);
  return addCalendarDays(firstMonday, (Number(match[2]) - 1) * 7);
}
