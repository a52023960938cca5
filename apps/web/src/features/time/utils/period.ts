import { addCalendarDays, daysBetween, isCalendarDate, isoWeekMonday } from '@relais/domain';

/** Days `[from, to)`, `to` excluded, as the API's filters take them. */
export interface DayRange {
  from: string;
  to: string;
}

/** The longest period the Time page lists at once. */
export const MAX_RANGE_DAYS = 92;

/** The ISO week (Monday to Sunday) holding the day. */
export function weekOf(day: string): DayRange {
  const monday = isoWeekMonday(day);
  return { from: monday, to: addCalendarDays(monday, 7) };
}

/** The period of the address when it is a valid one, else the week of `today`. */
export function rangeFromParams(from: string | null, to: string | null, today: string): DayRange {
  if (
    isCalendarDate(from) &&
    isCalendarDate(to) &&
    from < to &&
    daysBetween(from, to) <= MAX_RANGE_DAYS
  ) {
    return { from, to };
  }
  return weekOf(today);
}

/** The period just before (-1) or after (+1), as long as this one. */
export function shiftRange(range: DayRange, direction: -1 | 1): DayRange {
  const length = daysBetween(range.from, range.to);
  return {
    from: addCalendarDays(range.from, direction * length),
    to: addCalendarDays(range.to, direction * length),
  };
}

/** The last day of the period (`to` is excluded). */
export function lastDay(range: DayRange): string {
  return addCalendarDays(range.to, -1);
}
