import { MAX_ENTRY_MINUTES } from '@relais/domain';

const HOUR_UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures']);
const MINUTE_UNITS = new Set(['m', 'mn', 'min', 'mins', 'minute', 'minutes']);

/**
 * A duration typed by a person, in minutes; null when it cannot be read. Accepted, in either
 * language: "90" (minutes), "1h30", "1 h 30 min", "1:30", "2h", "45 min", "1,5 h", "1.5" (a
 * decimal without a unit can only mean hours). Fractions of a minute are rounded.
 */
export function parseDuration(text: string): number | null {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, '');
  if (!value) return null;

  // whole minutes: "90"
  if (/^\d+$/.test(value)) return Number(value);

  // hours and minutes: "1h30", "1h30m", "1h30min", "1:30", "0h45"
  const hoursMinutes = /^(\d+)(?:h|:)(\d{1,2})(m|mn|min|mins)?$/.exec(value);
  if (hoursMinutes) {
    const minutes = Number(hoursMinutes[2]);
    if (minutes >= 60) return null;
    return Number(hoursMinutes[1]) * 60 + minutes;
  }

  // a number with an optional unit: "2h", "1,5h", "1.5", "45min"
  const withUnit = /^(\d+(?:[.,]\d+)?)([a-z]*)$/.exec(value);
  if (!withUnit) return null;
  const number = Number(withUnit[1].replace(',', '.'));
  const unit = withUnit[2];
  if (MINUTE_UNITS.has(unit)) return Math.round(number);
  if (HOUR_UNITS.has(unit) || unit === '') return Math.round(number * 60);
  return null;
}

export type DurationIssue = 'format' | 'range';

/** Why a typed duration cannot be logged: unreadable, or outside 1 minute to 24 hours. */
export function durationIssue(text: string): DurationIssue | null {
  const minutes = parseDuration(text);
  if (minutes === null) return 'format';
  if (minutes < 1 || minutes > MAX_ENTRY_MINUTES) return 'range';
  return null;
}

/**
 * Minutes as people write them: "1 h 30", "45 min", "2 h" in French; "1h 30m", "45m", "2h" in
 * English.
 */
export function formatDuration(minutes: number, language: string): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (language.startsWith('fr')) {
    if (hours === 0) return `${rest} min`;
    return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
  }
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/** A running timer's elapsed time, `H:MM:SS` ("0:04:05", "12:00:00"). */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The minutes a timer records when stopped now: started minutes count, at least one. */
export function timerMinutes(startedAt: string, now: number): number {
  const elapsed = Math.max(0, now - new Date(startedAt).getTime());
  return Math.min(MAX_ENTRY_MINUTES, Math.max(1, Math.ceil(elapsed / 60_000)));
}
