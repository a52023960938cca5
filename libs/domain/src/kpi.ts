/**
 * The pure parts of the KPI definitions (SPEC.md, "KPI definitions"): calendar dates in the
 * workspace's time zone, on-time and overdue rules, key-result progress, budget burn, ISO weeks
 * and the dashboard period. No I/O and no dependencies: time zones go through Intl.
 *
 * Conventions:
 * - a calendar date is a string `YYYY-MM-DD` (years 0001 to 9999); such strings compare
 *   correctly with `<`, `<=`, `===`;
 * - a period `[from, to)` is two calendar dates in the workspace's time zone, `to` excluded;
 * - a time zone is an IANA name (`Europe/Paris`); an unknown one makes Intl throw a RangeError.
 */
import type { TaskStatus } from './records';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------------------------
// Calendar dates
// ---------------------------------------------------------------------------------------------

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (`month` 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseYmd(value: string): Ymd | null {
  const match = DATE_RE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether the value is a real calendar date `YYYY-MM-DD` (2023-02-29 is not). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && parseYmd(value) !== null;
}

function ymdOf(date: string, name = 'date'): Ymd {
  const ymd = parseYmd(date);
  if (!ymd) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${date}"`);
  return ymd;
}

/** Milliseconds of midnight UTC of a calendar date (safe for years below 100, unlike Date.UTC). */
function utcMidnightMs({ year, month, day }: Ymd): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function formatUtcDate(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError('date out of range (years 0001 to 9999)');
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The calendar date `days` days after `date` (before it when negative). */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError('days must be an integer');
  return formatUtcDate(utcMidnightMs(ymdOf(date)) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnightMs(ymdOf(to, 'to')) - utcMidnightMs(ymdOf(from, 'from'))) / DAY_MS);
}

/** The calendar month containing `date`, as a period `[first day, first day of next month)`. */
export function calendarMonthOf(date: string): { from: string; to: string } {
  const { year, month } = ymdOf(date);
  const from = `${pad(year, 4)}-${pad(month, 2)}-01`;
  return { from, to: addCalendarDays(from, daysInMonth(year, month)) };
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the IANA time zone (`Europe/Paris`, `UTC`). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of the instant in the zone, as milliseconds of the same reading in UTC. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const d = new Date(0);
  d.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'));
  return d.getTime();
}

/** The zone's offset from UTC at the instant, in milliseconds (Paris in summer: +7,200,000). */
function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(wholeSeconds, timeZone) - wholeSeconds;
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('instant must be a valid Date');
  }
}

/** The calendar date `YYYY-MM-DD` of the instant in the time zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  assertValidInstant(instant);
  return formatUtcDate(wallClockMs(instant.getTime(), timeZone));
}

/** Today's calendar date in the time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateIn(now, timeZone);
}

/**
 * The instant the calendar date begins in the time zone: local midnight, or, where a DST change
 * skips midnight (America/Santiago, America/Havana), the first instant of that date. Where
 * midnight happens twice, the first one. Use it to turn a period of dates into instants:
 * `[zonedDayStart(from), zonedDayStart(to))`.
 */
export function zonedDayStart(date: string, timeZone: string): Date {
  const wall = utcMidnightMs(ymdOf(date));
  // The offsets a day before and a day after bracket any change of offset around midnight.
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t) => wallClockMs(t, timeZone) === wall);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // Midnight does not exist: clocks jumped from the previous day straight into this one, at the
  // instant local midnight would have been under the old offset.
  return new Date(wall - before);
}

/** The instants bounding a period of calendar dates in its time zone: `[start, end)`. */
export function periodBounds(period: Period): { start: Date; end: Date } {
  return {
    start: zonedDayStart(period.from, period.timeZone),
    end: zonedDayStart(period.to, period.timeZone),
  };
}

/** Whether the instant falls in the period `[from, to)` of calendar dates in its time zone. */
export function isInPeriod(instant: Date, period: Period): boolean {
  const date = localDateIn(instant, period.timeZone);
  return period.from <= date && date < period.to;
}

// ---------------------------------------------------------------------------------------------
// Period of the dashboard
// ---------------------------------------------------------------------------------------------

/** A period `[from, to)` of calendar dates in a time zone. */
export interface Period {
  from: string;
  to: string;
  timeZone: string;
}

/** Length of the default period, ending today included: `[today - 30, today + 1)`. */
export const DEFAULT_PERIOD_DAYS = 31;
/** The longest period the dashboard accepts (about ten years). */
export const MAX_PERIOD_DAYS = 3660;

/** A `from`/`to` that cannot make a period; `field` names the query parameter to blame. */
export class InvalidPeriodError extends Error {
  override readonly name = 'InvalidPeriodError';
  constructor(
    readonly field: 'from' | 'to',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The dashboard period from the query's `from` and `to` (calendar dates; empty or missing means
 * not given), `today` being today's date in the workspace's time zone:
 * - neither: the last 30 days and today, `[today - 30, today + 1)`;
 * - only `to`: the 31 days before it, `[to - 31, to)`;
 * - only `from`: up to today included, `[from, today + 1)`;
 * - both: as given.
 * Throws InvalidPeriodError when a date is malformed, when `from` is not before `to`, or when the
 * period is longer than MAX_PERIOD_DAYS; throws RangeError on a bad `today` or time zone.
 */
export function resolvePeriod(
  input: { from?: string | null; to?: string | null },
  today: string,
  timeZone: string,
): Period {
  ymdOf(today, 'today');
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  const given = (value: string | null | undefined): value is string =>
    value !== undefined && value !== null && value !== '';
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (given(value) && !isCalendarDate(value)) {
      throw new InvalidPeriodError(field, `${field} must be a calendar date YYYY-MM-DD`);
    }
  }
  const to = given(input.to) ? input.to : addCalendarDays(today, 1);
  const from = given(input.from) ? input.from : addCalendarDays(to, -DEFAULT_PERIOD_DAYS);
  const blame = given(input.to) ? 'to' : 'from';
  if (from >= to) throw new InvalidPeriodError(blame, 'from must be before to');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    throw new InvalidPeriodError(blame, `the period may not exceed ${MAX_PERIOD_DAYS} days`);
  }
  return { from, to, timeZone };
}

// ---------------------------------------------------------------------------------------------
// Tasks and projects: on time, overdue
// ---------------------------------------------------------------------------------------------

/**
 * Whether work completed at `completedAt` met its due date: completed on or before the end of
 * the due day in the workspace's time zone, i.e. its local completion date is not after the
 * due date. In Paris, 23:30 on the due day is on time; 00:30 the next day is late, even though
 * it is still the due day in UTC.
 */
export function isCompletedOnTime(completedAt: Date, dueDate: string, timeZone: string): boolean {
  ymdOf(dueDate, 'dueDate');
  return localDateIn(completedAt, timeZone) <= dueDate;
}

/** What the on-time rate needs of a task or a project. */
export interface DueWork {
  completedAt: Date | null;
  dueDate: string | null;
}

/**
 * Of the completed items that had a due date, the share completed on time, between 0 and 1;
 * null (not 0) when there are none. Pass the items completed in the period; used for both
 * `onTimeRate` (tasks) and `projectsOnTimeRate` (projects).
 */
export function onTimeRate(items: readonly DueWork[], timeZone: string): number | null {
  let measured = 0;
  let onTime = 0;
  for (const item of items) {
    if (item.completedAt === null || item.dueDate === null) continue;
    measured += 1;
    if (isCompletedOnTime(item.completedAt, item.dueDate, timeZone)) onTime += 1;
  }
  return measured === 0 ? null : onTime / measured;
}

/** A task is overdue when it is not done and its due date is before today (the workspace's). */
export function isOverdue(
  task: { status: TaskStatus; dueDate: string | null },
  today: string,
): boolean {
  return task.status !== 'done' && task.dueDate !== null && task.dueDate < today;
}

/**
 * Whether a due date falls in the `days` days starting today, `[today, today + days)`: the
 * window of the workload's `estimatedHoursNext7Days`. Overdue tasks are not in it (they count in
 * `tasksOverdue`).
 */
export function isDueWithinDays(dueDate: string | null, today: string, days = 7): boolean {
  return dueDate !== null && today <= dueDate && dueDate < addCalendarDays(today, days);
}

// ---------------------------------------------------------------------------------------------
// Objectives and key results
// ---------------------------------------------------------------------------------------------

export interface KeyResultValues {
  start: number;
  target: number;
  current: number;
}

function assertFinite(values: Record<string, number>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number`);
  }
}

/**
 * Progress of a key result, `(current - start) / (target - start)` clamped to [0, 1]. Works for
 * key results that go down (start 10, target 4). When `target === start` there is no distance to
 * cover and no direction: the key result counts as met (1) when `current >= target`, else 0.
 * Throws RangeError on a non-finite value.
 */
export function keyResultProgress({ start, target, current }: KeyResultValues): number {
  assertFinite({ start, target, current });
  if (target === start) return current >= target ? 1 : 0;
  const progress = (current - start) / (target - start);
  return Math.min(1, Math.max(0, progress));
}

/** Mean progress of the key results, between 0 and 1; null when there are none. */
export function objectivesProgress(keyResults: readonly KeyResultValues[]): number | null {
  if (keyResults.length === 0) return null;
  let sum = 0;
  for (const keyResult of keyResults) sum += keyResultProgress(keyResult);
  return sum / keyResults.length;
}

// ---------------------------------------------------------------------------------------------
// Budget burn
// ---------------------------------------------------------------------------------------------

/** Shares of the monthly hours budget that raise an alert: 80 % and 100 %. */
export const BURN_THRESHOLDS = [0.8, 1] as const;
export type BurnThreshold = (typeof BURN_THRESHOLDS)[number];

/**
 * The thresholds the share of the budget has reached (`share >= threshold`, with a 1e-9
 * tolerance for floating-point noise), in increasing order; none when there is no share.
 */
export function burnThresholdsCrossed(share: number | null): BurnThreshold[] {
  if (share === null || !Number.isFinite(share)) return [];
  return BURN_THRESHOLDS.filter((threshold) => share + 1e-9 >= threshold);
}

export interface BudgetBurnInput {
  /** Minutes logged on the client in the current month (to date). */
  minutesLogged: number;
  /** The client's monthly hours budget; null, 0 or less means no budget. */
  monthlyHoursBudget: number | null;
  /** Today in the workspace's time zone; its month is the month measured. */
  today: string;
}

export interface BudgetBurn {
  /** The month measured, `YYYY-MM`. */
  month: string;
  hoursUsed: number;
  /** The budget in hours, null when the client has none. */
  budgetHours: number | null;
  /** hoursUsed / budgetHours; null when there is no budget. */
  shareUsed: number | null;
  /** Days of the month elapsed, today included (1 on the first day). */
  elapsedDays: number;
  daysInMonth: number;
  /** Linear projection to month end: hoursUsed / elapsedDays * daysInMonth. */
  projectedHours: number;
  /** projectedHours / budgetHours; null when there is no budget. */
  projectedShare: number | null;
  /** The thresholds reached by shareUsed. */
  thresholdsCrossed: BurnThreshold[];
}

/**
 * Hours logged this month against the client's monthly hours budget, with the linear projection
 * to month end. Counting today as elapsed keeps the projection finite on the first of the month
 * and makes it equal the hours used on the last day. Query the minutes over
 * `calendarMonthOf(today)`. Throws RangeError on negative or non-finite minutes.
 */
export function budgetBurn({
  minutesLogged,
  monthlyHoursBudget,
  today,
}: BudgetBurnInput): BudgetBurn {
  assertFinite({ minutesLogged });
  if (minutesLogged < 0) throw new RangeError('minutesLogged must not be negative');
  const { year, month, day } = ymdOf(today, 'today');
  const totalDays = daysInMonth(year, month);
  const hoursUsed = minutesLogged / 60;
  const budgetHours =
    monthlyHoursBudget !== null && Number.isFinite(monthlyHoursBudget) && monthlyHoursBudget > 0
      ? monthlyHoursBudget
      : null;
  const projectedHours = (hoursUsed / day) * totalDays;
  const shareUsed = budgetHours === null ? null : hoursUsed / budgetHours;
  return {
    month: `${pad(year, 4)}-${pad(month, 2)}`,
    hoursUsed,
    budgetHours,
    shareUsed,
    elapsedDays: day,
    daysInMonth: totalDays,
    projectedHours,
    projectedShare: budgetHours === null ? null : projectedHours / budgetHours,
    thresholdsCrossed: burnThresholdsCrossed(shareUsed),
  };
}

// ---------------------------------------------------------------------------------------------
// ISO weeks and throughput
// ---------------------------------------------------------------------------------------------

/** ISO day of the week: Monday 1 to Sunday 7. */
function isoWeekday(date: string): number {
  const day = new Date(utcMidnightMs(ymdOf(date))).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The ISO 8601 week of a calendar date, `YYYY-Www`, with the week-numbering year: the year of
 * the week's Thursday. 2021-01-03 is in 2020-W53, 2024-12-30 in 2025-W01.
 */
export function isoWeekKey(date: string): string {
  const thursday = addCalendarDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) + 1;
  const week = Math.floor((dayOfYear - 1) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The Monday of the ISO week of the date. */
export function isoWeekMonday(date: string): string {
  return addCalendarDays(date, 1 - isoWeekday(date));
}

/**
 * The ISO weeks that overlap the period `[from, to)`, in order, each once; empty when the
 * period is empty. Gives throughput its zero weeks.
 */
export function periodIsoWeeks(from: string, to: string): string[] {
  ymdOf(from, 'from');
  ymdOf(to, 'to');
  const weeks: string[] = [];
  if (from >= to) return weeks;
  for (let monday = isoWeekMonday(from); monday < to; monday = addCalendarDays(monday, 7)) {
    weeks.push(isoWeekKey(monday));
  }
  return weeks;
}

/**
 * The Mondays of the weeks that overlap the period `[from, to)`, in order; the first may fall
 * before `from`. Empty when the period is empty. Gives hours by week their zero weeks.
 */
export function periodWeekStarts(from: string, to: string): string[] {
  ymdOf(from, 'from');
  ymdOf(to, 'to');
  const mondays: string[] = [];
  if (from >= to) return mondays;
  for (let monday = isoWeekMonday(from); monday < to; monday = addCalendarDays(monday, 7)) {
    mondays.push(monday);
  }
  return mondays;
}

export interface ThroughputWeek {
  /** ISO week `YYYY-Www`. */
  week: string;
  completed: number;
}

/**
 * Completions per ISO week of the period, zero weeks included; completion instants are dated in
 * the period's time zone and those outside the period (or null) are ignored.
 */
export function throughputByIsoWeek(
  completedAt: readonly (Date | null)[],
  period: Period,
): ThroughputWeek[] {
  const counts = new Map<string, number>();
  for (const week of periodIsoWeeks(period.from, period.to)) counts.set(week, 0);
  for (const instant of completedAt) {
    if (instant === null) continue;
    const date = localDateIn(instant, period.timeZone);
    if (date < period.from || date >= period.to) continue;
    const week = isoWeekKey(date);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return [...counts].map(([week, completed]) => ({ week, completed }));
}

// ---------------------------------------------------------------------------------------------
// Dashboard response
// ---------------------------------------------------------------------------------------------

export interface WorkloadRow {
  userId: string;
  name: string;
  /** Open (not done) tasks assigned to the member. */
  openTasks: number;
  /** Estimated hours of their open tasks due in `[today, today + 7)`. */
  estimatedHoursNext7Days: number;
  weeklyCapacityHours: number;
}

/**
 * Hours of the time entries that start in one week of the period, Monday to Sunday in the
 * workspace's time zone (in the first and last weeks, only the days inside the period count).
 */
export interface HoursWeek {
  /** The Monday, a calendar date `YYYY-MM-DD`. */
  weekStart: string;
  hours: number;
  billableHours: number;
}

/** An objective whose period overlaps the dashboard's, with the mean progress of its key results. */
export interface ObjectiveProgress {
  objectiveId: string;
  title: string;
  /** Between 0 and 1; null when it has no key result. */
  progress: number | null;
}

/** Budget burn of one client in the dashboard. */
export interface ClientBudgetBurn extends BudgetBurn {
  clientId: string;
  clientName: string;
}

/** GET /api/workspaces/:ws/dashboard. Rates are shares between 0 and 1, null when undefined. */
export interface DashboardResponse {
  period: { from: string; to: string; timeZone: string };
  tasksCompleted: number;
  tasksOverdue: number;
  onTimeRate: number | null;
  projectsOnTimeRate: number | null;
  throughput: ThroughputWeek[];
  workload: WorkloadRow[];
  /** Hours of time entries starting in the period. */
  hoursLogged?: number;
  billableHours?: number;
  /** Every week of the period, zero weeks included (a VA: her own hours). */
  hoursByWeek?: HoursWeek[];
  budgetBurn?: ClientBudgetBurn[];
  objectivesProgress?: number | null;
  /** Each objective overlapping the period (they belong to no client: no filter applies). */
  objectives?: ObjectiveProgress[];
  /** Only for roles that may see money: what clients pay in the period, what the team costs. */
  money?: { revenueCents: number; costCents: number; marginCents: number };
}
