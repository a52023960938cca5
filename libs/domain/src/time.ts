/**
 * The pure parts of time tracking and engagements: instants as the API accepts them, timer
 * durations, calendar months in a time zone, and what time and engagements are worth in money.
 * No I/O; money is integer cents, rounded once, at the end.
 */
import {
  addCalendarDays,
  calendarMonthOf,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  type Period,
} from './kpi';
import type { Engagement } from './records';

const MINUTE_MS = 60_000;

/** The longest a time entry may last: 24 hours. */
export const MAX_ENTRY_MINUTES = 1440;

// ---------------------------------------------------------------------------------------------
// Instants
// ---------------------------------------------------------------------------------------------

const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 instant with its offset (`2026-03-31T22:30:00Z`, `2026-04-01T00:30+02:00`), as a
 * Date; null when malformed, when the offset is missing (a local time is ambiguous) or when a
 * part is out of range (`2026-02-30`, `24:00`), which `new Date()` would silently roll over.
 */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = INSTANT_RE.exec(value);
  if (!match) return null;
  const [, date, hour, minute, second, , offsetHour, offsetMinute] = match;
  if (!isCalendarDate(date)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  if (offsetHour !== undefined && (Number(offsetHour) > 14 || Number(offsetMinute) > 59)) {
    return null;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The instant an entry of `minutes` starting at `startedAt` ends. */
export function entryEnd(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * MINUTE_MS);
}

export interface TimerStop {
  /** Whole minutes, rounded up, at least 1, at most MAX_ENTRY_MINUTES. */
  minutes: number;
  /** When the entry ends: the stop, or 24 hours after the start when capped. */
  endedAt: Date;
  /** True when the timer ran longer than 24 hours and was cut at 24 hours. */
  capped: boolean;
}

/**
 * What a timer started at `startedAt` and stopped at `stoppedAt` records: minutes rounded up
 * (a started minute counts), at least 1. A timer left running for more than 24 hours (forgotten
 * overnight) is capped at 24 hours rather than refused, so it can always be stopped.
 */
export function stopTimer(startedAt: Date, stoppedAt: Date): TimerStop {
  const elapsedMs = Math.max(0, stoppedAt.getTime() - startedAt.getTime());
  const minutes = Math.max(1, Math.ceil(elapsedMs / MINUTE_MS));
  if (minutes > MAX_ENTRY_MINUTES) {
    return {
      minutes: MAX_ENTRY_MINUTES,
      endedAt: entryEnd(startedAt, MAX_ENTRY_MINUTES),
      capped: true,
    };
  }
  // the real stop, not start + rounded minutes, so a timer started right after never overlaps
  return {
    minutes,
    endedAt: new Date(Math.max(stoppedAt.getTime(), startedAt.getTime())),
    capped: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Months
// ---------------------------------------------------------------------------------------------

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether the value is a month `YYYY-MM` (years 0001 to 9999). */
export function isMonthKey(value: unknown): value is string {
  return typeof value === 'string' && MONTH_RE.test(value) && value.slice(0, 4) !== '0000';
}

/** The month `YYYY-MM` of a calendar date. */
export function monthKeyOf(date: string): string {
  return calendarMonthOf(date).from.slice(0, 7);
}

/** First day of the month `YYYY-MM`, as a calendar date. */
export function firstDayOfMonth(month: string): string {
  if (!isMonthKey(month)) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  return `${month}-01`;
}

/** The month `YYYY-MM` as a period `[first day, first day of next month)` in the time zone. */
export function monthPeriod(month: string, timeZone: string): Period {
  return { ...calendarMonthOf(firstDayOfMonth(month)), timeZone };
}

/** The last calendar day of the month `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  return addCalendarDays(calendarMonthOf(firstDayOfMonth(month)).to, -1);
}

export interface MonthInPeriod {
  month: string;
  /** Days of the month inside the period. */
  days: number;
  daysInMonth: number;
}

/** The months a period of calendar dates `[from, to)` touches, with how many of their days. */
export function monthsOfPeriod(from: string, to: string): MonthInPeriod[] {
  const months: MonthInPeriod[] = [];
  let cursor = from;
  while (cursor < to) {
    const month = calendarMonthOf(cursor);
    const end = month.to < to ? month.to : to;
    months.push({
      month: month.from.slice(0, 7),
      days: daysBetween(cursor, end),
      daysInMonth: daysInMonth(Number(month.from.slice(0, 4)), Number(month.from.slice(5, 7))),
    });
    cursor = end;
  }
  return months;
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

/** What `minutes` are worth at `centsPerHour`, rounded to the cent; null without a rate. */
export function minutesValueCents(minutes: number, centsPerHour: number | null): number | null {
  if (centsPerHour === null) return null;
  return Math.round((minutes * centsPerHour) / 60);
}

/** How a client pays (the money fields of a client; null reads as 0). */
export interface EngagementTerms {
  engagement: Engagement;
  hourlyRateCents: number | null;
  monthlyAmountCents: number | null;
  commissionPercent: number | null;
}

export interface MonthUsage {
  /** Billable minutes logged on the client in the month (or the part of it measured). */
  billableMinutes: number;
  /** The revenue the founder recorded for the client that month; null when not recorded. */
  recordedRevenueCents: number | null;
  /**
   * The share of the month measured, between 0 and 1 (1 for a whole month): monthly amounts
   * are prorated by days, so a period of half a month counts half a retainer.
   */
  monthShare?: number;
}

/**
 * What the client pays for a month, in cents, not rounded:
 * - `hourly`: billable hours × hourly rate;
 * - `retainer`: the monthly amount;
 * - `fixed_plus_commission`: the monthly amount plus the commission percent of the revenue the
 *   founder recorded for that month.
 * Missing rates and amounts count as 0.
 */
export function engagementValue(terms: EngagementTerms, usage: MonthUsage): number {
  const share = usage.monthShare ?? 1;
  const monthly = terms.monthlyAmountCents ?? 0;
  switch (terms.engagement) {
    case 'hourly':
      return (usage.billableMinutes * (terms.hourlyRateCents ?? 0)) / 60;
    case 'retainer':
      return monthly * share;
    case 'fixed_plus_commission': {
      const commission = ((usage.recordedRevenueCents ?? 0) * (terms.commissionPercent ?? 0)) / 100;
      return (monthly + commission) * share;
    }
  }
}

export interface MoneyFigures {
  revenueCents: number;
  costCents: number;
  marginCents: number;
}

/** Revenue, cost and margin from unrounded cents: each rounded once, margin from the rounded. */
export function moneyFigures(revenue: number, cost: number): MoneyFigures {
  const revenueCents = Math.round(revenue);
  const costCents = Math.round(cost);
  return { revenueCents, costCents, marginCents: revenueCents - costCents };
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/** A time entry as the API answers it (GET/POST/PATCH …/time-entries, timer start and stop). */
export interface TimeEntryResponse {
  id: string;
  workspaceId: string;
  userId: string;
  memberName: string;
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  clientId: string;
  clientName: string;
  /** An instant. */
  startedAt: string;
  /** Null while the timer runs. */
  endedAt: string | null;
  /** Null while the timer runs. */
  minutes: number | null;
  running: boolean;
  billable: boolean;
  note: string;
  approved: boolean;
  approvedAt: string | null;
  approvedById: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * Only for roles that may see money: what the entry is worth at the client's hourly rate (0
   * when not billable, null without a rate or while running) and what it costs at the member's
   * hourly cost (null without a cost or while running).
   */
  amountCents?: number | null;
  costCents?: number | null;
}

/** The signed-in user's running timer, whichever workspace it runs in (GET /api/me/timer). */
export interface TimerResponse {
  id: string;
  workspaceId: string;
  workspaceName: string;
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  clientId: string;
  clientName: string;
  startedAt: string;
  billable: boolean;
  note: string;
}
