/** Minutes since local midnight, and back to `HH:mm`. */
export function clockMinutes(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** Minutes since local midnight, a started minute counting whole: where the next entry may start. */
export function clockMinutesUp(date: Date): number {
  return (
    date.getHours() * 60 + date.getMinutes() + (date.getSeconds() || date.getMilliseconds() ? 1 : 0)
  );
}

export function toClock(minutes: number): string {
  const clamped = Math.min(23 * 60 + 59, Math.max(0, Math.round(minutes)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** When a working day usually starts: the suggestion for a day without any time yet. */
export const DAY_START = 9 * 60;

/** An entry of the day, in minutes since local midnight; `end` rounded up to the minute. */
export interface DayInterval {
  start: number;
  end: number;
}

interface SuggestStartInput {
  /** Whether the day is today. */
  isToday: boolean;
  /** Now, in minutes since local midnight. */
  now: number;
  /** The duration typed, when it can be read. */
  minutes: number | null;
  /** The person's entries that day (a running timer ends now). */
  entries: readonly DayInterval[];
}

/**
 * The start time a log-time form suggests, so that the entry does not overlap the person's
 * other entries of the day. Today, work usually just ended: the latest start that ends by now
 * and fits between the entries; a past day: right after its last entry, else 9:00.
 */
export function suggestStart({ isToday, now, minutes, entries }: SuggestStartInput): string {
  const lastEnd = entries.length > 0 ? Math.max(...entries.map((entry) => entry.end)) : null;
  if (!isToday) return toClock(lastEnd ?? DAY_START);
  const length = minutes ?? 0;
  const overlaps = (start: number) =>
    entries.some((entry) => start < entry.end && entry.start < start + Math.max(length, 1));
  // the entry ends now, or just before one of the entries
  const ends = [now, ...entries.map((entry) => entry.start)]
    .filter((end) => end <= now)
    .sort((a, b) => b - a);
  for (const end of ends) {
    const start = end - length;
    if (start >= 0 && !overlaps(start)) return toClock(start);
  }
  return toClock(lastEnd ?? Math.max(0, now - length));
}
