const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "3 minutes ago", "yesterday", in the user's locale; `null` under a minute (the caller says
 * "just now"), a calendar date beyond a week.
 */
export function relativeTime(value: string | Date, now: Date, locale: string): string | null {
  const then = new Date(value);
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const elapsed = Math.abs(seconds);
  if (elapsed < 45) return null;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < 45 * MINUTE) return rtf.format(Math.round(seconds / MINUTE), 'minute');
  if (elapsed < 22 * HOUR) return rtf.format(Math.round(seconds / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(Math.round(seconds / DAY), 'day');
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(then.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  }).format(then);
}
