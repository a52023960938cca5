import {
  BURN_THRESHOLDS,
  DEFAULT_PERIOD_DAYS,
  InvalidPeriodError,
  MAX_PERIOD_DAYS,
  addCalendarDays,
  budgetBurn,
  burnThresholdsCrossed,
  calendarMonthOf,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  isCompletedOnTime,
  isDueWithinDays,
  isInPeriod,
  isOverdue,
  isValidTimeZone,
  isoWeekKey,
  isoWeekMonday,
  keyResultProgress,
  localDateIn,
  objectivesProgress,
  onTimeRate,
  periodBounds,
  periodIsoWeeks,
  periodWeekStarts,
  resolvePeriod,
  throughputByIsoWeek,
  todayIn,
  zonedDayStart,
  type Period,
} from './kpi';
import { TASK_STATUSES } from './records';

const PARIS = 'Europe/Paris';
const at = (iso: string): Date => new Date(iso);

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['0000-01-01', false],
    ['2024-06-14T00:00:00Z', false],
    ['', false],
  ])('isCalendarDate(%s) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-31', '2024-03-01')).toBe(-30);
    // a DST change day in Paris is still one calendar day
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });

  it('knows February in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('gives the calendar month of a date', () => {
    expect(calendarMonthOf('2024-02-15')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(calendarMonthOf('2024-12-31')).toEqual({ from: '2024-12-01', to: '2025-01-01' });
  });
});

describe('time zones', () => {
  it('validates time zones', () => {
    expect(isValidTimeZone(PARIS)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });

  describe('localDateIn', () => {
    it.each([
      // summer (UTC+2): the Paris date changes at 22:00 UTC
      ['2024-06-14T21:59:59.999Z', PARIS, '2024-06-14'],
      ['2024-06-14T22:00:00.000Z', PARIS, '2024-06-15'],
      // winter (UTC+1): at 23:00 UTC
      ['2024-01-15T22:59:59.999Z', PARIS, '2024-01-15'],
      ['2024-01-15T23:00:00.000Z', PARIS, '2024-01-16'],
      // west of UTC the local date lags
      ['2024-06-15T05:00:00Z', 'America/Los_Angeles', '2024-06-14'],
      ['2024-06-14T13:00:00Z', 'Pacific/Auckland', '2024-06-15'],
      ['2024-06-14T18:29:59Z', 'Asia/Kolkata', '2024-06-14'],
      ['2024-06-14T18:30:00Z', 'Asia/Kolkata', '2024-06-15'],
      ['2024-06-14T23:59:59Z', 'UTC', '2024-06-14'],
      // offsets with an instant given in another offset
      ['2024-06-15T00:30:00+02:00', PARIS, '2024-06-15'],
    ])('%s in %s is %s', (iso, zone, expected) => {
      expect(localDateIn(at(iso), zone)).toBe(expected);
    });

    it('rejects invalid instants and zones', () => {
      expect(() => localDateIn(new Date('nope'), PARIS)).toThrow(RangeError);
      expect(() => localDateIn(at('2024-06-14T00:00:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
    });

    it('todayIn uses the given clock', () => {
      expect(todayIn(PARIS, at('2024-06-14T22:30:00Z'))).toBe('2024-06-15');
      expect(todayIn('UTC', at('2024-06-14T22:30:00Z'))).toBe('2024-06-14');
    });
  });

  describe('zonedDayStart', () => {
    it.each([
      ['2024-06-14', PARIS, '2024-06-13T22:00:00.000Z'],
      ['2024-01-15', PARIS, '2024-01-14T23:00:00.000Z'],
      // spring forward (02:00 -> 03:00): the day starts at UTC+1, lasts 23 hours
      ['2024-03-31', PARIS, '2024-03-30T23:00:00.000Z'],
      ['2024-04-01', PARIS, '2024-03-31T22:00:00.000Z'],
      // fall back (03:00 -> 02:00): the day starts at UTC+2, lasts 25 hours
      ['2024-10-27', PARIS, '2024-10-26T22:00:00.000Z'],
      ['2024-10-28', PARIS, '2024-10-27T23:00:00.000Z'],
      ['2024-06-14', 'America/Los_Angeles', '2024-06-14T07:00:00.000Z'],
      ['2024-06-14', 'Asia/Kolkata', '2024-06-13T18:30:00.000Z'],
      ['2024-06-14', 'UTC', '2024-06-14T00:00:00.000Z'],
      // Chile springs forward at midnight: 2024-09-08 begins at 01:00 local (-03), = 04:00 UTC
      ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
      // Chile falls back at midnight: clocks go from 2024-04-06 24:00 (-03) back to 23:00 (-04),
      // so 2024-04-06 lasts 25 hours and 2024-04-07 begins at 00:00 -04
      ['2024-04-07', 'America/Santiago', '2024-04-07T04:00:00.000Z'],
    ])('%s in %s starts at %s', (date, zone, expected) => {
      expect(zonedDayStart(date, zone).toISOString()).toBe(expected);
    });

    it.each([
      ['2024-03-31', PARIS, 23],
      ['2024-10-27', PARIS, 25],
      ['2024-06-14', PARIS, 24],
      ['2024-09-08', 'America/Santiago', 23],
      ['2024-04-06', 'America/Santiago', 25],
      ['2024-03-10', 'America/New_York', 23],
      ['2024-11-03', 'America/New_York', 25],
    ])('%s in %s lasts %i hours', (date, zone, hours) => {
      const start = zonedDayStart(date, zone).getTime();
      const end = zonedDayStart(addCalendarDays(date, 1), zone).getTime();
      expect((end - start) / 3_600_000).toBe(hours);
    });

    it.each([
      [PARIS, '2024-03-31'],
      [PARIS, '2024-10-27'],
      ['America/Santiago', '2024-09-08'],
      ['America/Santiago', '2024-04-07'],
      ['America/Havana', '2024-03-10'],
      ['Australia/Lord_Howe', '2024-04-07'],
      ['Asia/Kathmandu', '2024-06-14'],
    ])('in %s, %s starts at the first instant of that local date', (zone, date) => {
      const start = zonedDayStart(date, zone);
      expect(localDateIn(start, zone)).toBe(date);
      expect(localDateIn(new Date(start.getTime() - 1), zone)).toBe(addCalendarDays(date, -1));
    });
  });

  it('periodBounds and isInPeriod agree on [from, to)', () => {
    const period: Period = { from: '2024-03-31', to: '2024-04-01', timeZone: PARIS };
    const { start, end } = periodBounds(period);
    expect(start.toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(end.toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(isInPeriod(new Date(start.getTime() - 1), period)).toBe(false);
    expect(isInPeriod(start, period)).toBe(true);
    expect(isInPeriod(new Date(end.getTime() - 1), period)).toBe(true);
    expect(isInPeriod(end, period)).toBe(false);
  });
});

describe('isCompletedOnTime', () => {
  it.each([
    // Paris, summer (UTC+2)
    ['23:30 Paris on the due day (21:30 UTC)', '2024-06-14T21:30:00Z', '2024-06-14', true],
    [
      'the last millisecond of the due day in Paris',
      '2024-06-14T21:59:59.999Z',
      '2024-06-14',
      true,
    ],
    ['midnight Paris after the due day', '2024-06-14T22:00:00Z', '2024-06-14', false],
    [
      '00:30 Paris the next day, still the due day in UTC',
      '2024-06-14T22:30:00Z',
      '2024-06-14',
      false,
    ],
    ['early on the due day', '2024-06-14T05:00:00Z', '2024-06-14', true],
    [
      '00:30 Paris on the due day, the day before in UTC',
      '2024-06-13T22:30:00Z',
      '2024-06-14',
      true,
    ],
    ['days before', '2024-06-01T10:00:00Z', '2024-06-14', true],
    ['days after', '2024-06-20T10:00:00Z', '2024-06-14', false],
    // Paris, winter (UTC+1)
    ['23:59 Paris in winter', '2024-01-15T22:59:00Z', '2024-01-15', true],
    ['00:30 Paris the next day in winter', '2024-01-15T23:30:00Z', '2024-01-15', false],
    // spring forward day, 2024-03-31 (23 hours: 23:00 UTC the day before to 22:00 UTC)
    ['00:30 Paris on the short day', '2024-03-30T23:30:00Z', '2024-03-31', true],
    [
      '03:30 Paris on the short day, just after the jump',
      '2024-03-31T01:30:00Z',
      '2024-03-31',
      true,
    ],
    ['23:59 Paris on the short day', '2024-03-31T21:59:00Z', '2024-03-31', true],
    ['00:00 Paris after the short day', '2024-03-31T22:00:00Z', '2024-03-31', false],
    [
      '00:30 Paris on the short day, due the day before',
      '2024-03-30T23:30:00Z',
      '2024-03-30',
      false,
    ],
    // fall back day, 2024-10-27 (25 hours: 22:00 UTC the day before to 23:00 UTC)
    ['the second 02:30 Paris of the long day', '2024-10-27T01:30:00Z', '2024-10-27', true],
    ['23:30 Paris on the long day (22:30 UTC)', '2024-10-27T22:30:00Z', '2024-10-27', true],
    ['00:00 Paris after the long day', '2024-10-27T23:00:00Z', '2024-10-27', false],
    [
      '00:30 Paris on the long day, due the day before',
      '2024-10-26T22:30:00Z',
      '2024-10-26',
      false,
    ],
  ])('%s', (_label, completedAt, dueDate, expected) => {
    expect(isCompletedOnTime(at(completedAt), dueDate, PARIS)).toBe(expected);
  });

  it('uses the workspace time zone, not UTC', () => {
    // 22:00 in Los Angeles on the due day is the next day in UTC: on time there
    expect(isCompletedOnTime(at('2024-06-15T05:00:00Z'), '2024-06-14', 'America/Los_Angeles')).toBe(
      true,
    );
    expect(isCompletedOnTime(at('2024-06-15T05:00:00Z'), '2024-06-14', 'UTC')).toBe(false);
    // 01:00 in Auckland the day after is still the due day in UTC: late there
    expect(isCompletedOnTime(at('2024-06-14T13:00:00Z'), '2024-06-14', 'Pacific/Auckland')).toBe(
      false,
    );
  });

  it('rejects a malformed due date', () => {
    expect(() => isCompletedOnTime(at('2024-06-14T10:00:00Z'), '14/06/2024', PARIS)).toThrow(
      RangeError,
    );
  });
});

describe('onTimeRate', () => {
  it('is null, not 0, when nothing was completed', () => {
    expect(onTimeRate([], PARIS)).toBeNull();
    expect(onTimeRate([{ completedAt: null, dueDate: '2024-06-14' }], PARIS)).toBeNull();
  });

  it('is null when no completed task had a due date', () => {
    expect(
      onTimeRate([{ completedAt: at('2024-06-14T10:00:00Z'), dueDate: null }], PARIS),
    ).toBeNull();
  });

  it('is 0 when every measured task was late', () => {
    expect(
      onTimeRate([{ completedAt: at('2024-06-14T22:30:00Z'), dueDate: '2024-06-14' }], PARIS),
    ).toBe(0);
  });

  it('ignores tasks without a due date or not completed', () => {
    const tasks = [
      { completedAt: at('2024-06-14T21:30:00Z'), dueDate: '2024-06-14' }, // on time (23:30 Paris)
      { completedAt: at('2024-06-14T22:30:00Z'), dueDate: '2024-06-14' }, // late (00:30 Paris)
      { completedAt: at('2024-06-10T08:00:00Z'), dueDate: '2024-06-12' }, // on time
      { completedAt: at('2024-06-10T08:00:00Z'), dueDate: null }, // no due date: ignored
      { completedAt: null, dueDate: '2024-06-01' }, // not completed: ignored
    ];
    expect(onTimeRate(tasks, PARIS)).toBeCloseTo(2 / 3, 12);
    expect(onTimeRate(tasks, 'UTC')).toBe(1);
  });
});

describe('isOverdue', () => {
  const today = '2024-06-14';
  it.each(TASK_STATUSES.filter((s) => s !== 'done'))(
    'a %s task due yesterday is overdue',
    (status) => {
      expect(isOverdue({ status, dueDate: '2024-06-13' }, today)).toBe(true);
    },
  );
  it('a done task is never overdue', () => {
    expect(isOverdue({ status: 'done', dueDate: '2024-06-01' }, today)).toBe(false);
  });
  it('a task due today or later is not overdue', () => {
    expect(isOverdue({ status: 'todo', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: '2024-06-15' }, today)).toBe(false);
  });
  it('a task without a due date is never overdue', () => {
    expect(isOverdue({ status: 'todo', dueDate: null }, today)).toBe(false);
  });
  it('compares across months and years', () => {
    expect(isOverdue({ status: 'in_review', dueDate: '2023-12-31' }, '2024-01-01')).toBe(true);
  });
});

describe('isDueWithinDays', () => {
  it('covers [today, today + 7)', () => {
    expect(isDueWithinDays('2024-06-13', '2024-06-14')).toBe(false);
    expect(isDueWithinDays('2024-06-14', '2024-06-14')).toBe(true);
    expect(isDueWithinDays('2024-06-20', '2024-06-14')).toBe(true);
    expect(isDueWithinDays('2024-06-21', '2024-06-14')).toBe(false);
    expect(isDueWithinDays(null, '2024-06-14')).toBe(false);
    // [02-28, 03-01) in a leap year, [02-28, 03-02) otherwise
    expect(isDueWithinDays('2024-03-01', '2024-02-28', 2)).toBe(false);
    expect(isDueWithinDays('2023-03-01', '2023-02-28', 2)).toBe(true);
  });
});

describe('keyResultProgress', () => {
  it.each([
    [{ start: 0, target: 100, current: 25 }, 0.25],
    [{ start: 10, target: 20, current: 15 }, 0.5],
    [{ start: 0, target: 100, current: 100 }, 1],
    [{ start: 0, target: 100, current: 0 }, 0],
    // clamped
    [{ start: 0, target: 100, current: 150 }, 1],
    [{ start: 0, target: 100, current: -20 }, 0],
    [{ start: 50, target: 100, current: 10 }, 0],
    // decreasing key results (churn from 10 % to 4 %)
    [{ start: 10, target: 4, current: 7 }, 0.5],
    [{ start: 10, target: 4, current: 2 }, 1],
    [{ start: 10, target: 4, current: 12 }, 0],
    // degenerate: target === start, 1 when current reaches the target, else 0
    [{ start: 5, target: 5, current: 5 }, 1],
    [{ start: 5, target: 5, current: 9 }, 1],
    [{ start: 5, target: 5, current: 4 }, 0],
    [{ start: 0, target: 0, current: 0 }, 1],
  ])('%j -> %d', (kr, expected) => {
    expect(keyResultProgress(kr)).toBeCloseTo(expected, 12);
  });

  it('rejects non-finite values', () => {
    expect(() => keyResultProgress({ start: 0, target: 10, current: Number.NaN })).toThrow(
      RangeError,
    );
    expect(() => keyResultProgress({ start: 0, target: Infinity, current: 1 })).toThrow(RangeError);
  });
});

describe('objectivesProgress', () => {
  it('is null when there are no key results', () => {
    expect(objectivesProgress([])).toBeNull();
  });
  it('is the mean of clamped progress', () => {
    expect(
      objectivesProgress([
        { start: 0, target: 100, current: 50 }, // 0.5
        { start: 0, target: 10, current: 20 }, // clamped to 1
        { start: 0, target: 10, current: -5 }, // clamped to 0
        { start: 3, target: 3, current: 3 }, // degenerate, met
      ]),
    ).toBeCloseTo(2.5 / 4, 12);
  });
});

describe('budget burn', () => {
  it('thresholds: none, 80 %, 100 %', () => {
    expect(BURN_THRESHOLDS).toEqual([0.8, 1]);
    expect(burnThresholdsCrossed(null)).toEqual([]);
    expect(burnThresholdsCrossed(0)).toEqual([]);
    expect(burnThresholdsCrossed(0.79)).toEqual([]);
    expect(burnThresholdsCrossed(0.8)).toEqual([0.8]);
    expect(burnThresholdsCrossed(0.99)).toEqual([0.8]);
    expect(burnThresholdsCrossed(1)).toEqual([0.8, 1]);
    expect(burnThresholdsCrossed(1.7)).toEqual([0.8, 1]);
    // floating-point noise does not hide a threshold: 0.7 + 0.1 = 0.7999999999999999
    expect(burnThresholdsCrossed(0.7 + 0.1)).toEqual([0.8]);
  });

  it('on the first day of the month projects a full month at that pace', () => {
    const burn = budgetBurn({ minutesLogged: 120, monthlyHoursBudget: 40, today: '2024-06-01' });
    expect(burn).toEqual({
      month: '2024-06',
      hoursUsed: 2,
      budgetHours: 40,
      shareUsed: 0.05,
      elapsedDays: 1,
      daysInMonth: 30,
      projectedHours: 60,
      projectedShare: 1.5,
      thresholdsCrossed: [],
    });
  });

  it('on the last day of the month projects what was used', () => {
    const burn = budgetBurn({
      minutesLogged: 48 * 60,
      monthlyHoursBudget: 60,
      today: '2024-01-31',
    });
    expect(burn.elapsedDays).toBe(31);
    expect(burn.daysInMonth).toBe(31);
    expect(burn.hoursUsed).toBe(48);
    expect(burn.projectedHours).toBeCloseTo(48, 12);
    expect(burn.shareUsed).toBeCloseTo(0.8, 12);
    expect(burn.projectedShare).toBeCloseTo(0.8, 12);
    expect(burn.thresholdsCrossed).toEqual([0.8]);
  });

  it('uses 29 days for February in a leap year, 28 otherwise', () => {
    const leap = budgetBurn({
      minutesLogged: 10 * 60,
      monthlyHoursBudget: 20,
      today: '2024-02-10',
    });
    expect(leap.daysInMonth).toBe(29);
    expect(leap.projectedHours).toBeCloseTo(29, 12);
    expect(leap.projectedShare).toBeCloseTo(1.45, 12);
    const common = budgetBurn({
      minutesLogged: 10 * 60,
      monthlyHoursBudget: 20,
      today: '2023-02-10',
    });
    expect(common.daysInMonth).toBe(28);
    expect(common.projectedHours).toBeCloseTo(28, 12);
    const lastLeapDay = budgetBurn({
      minutesLogged: 30 * 60,
      monthlyHoursBudget: 30,
      today: '2024-02-29',
    });
    expect(lastLeapDay.projectedHours).toBeCloseTo(30, 12);
    expect(lastLeapDay.thresholdsCrossed).toEqual([0.8, 1]);
  });

  it('has no share without a budget, but still hours and projection', () => {
    for (const monthlyHoursBudget of [null, 0, -5]) {
      const burn = budgetBurn({ minutesLogged: 90, monthlyHoursBudget, today: '2024-06-15' });
      expect(burn.budgetHours).toBeNull();
      expect(burn.shareUsed).toBeNull();
      expect(burn.projectedShare).toBeNull();
      expect(burn.thresholdsCrossed).toEqual([]);
      expect(burn.hoursUsed).toBe(1.5);
      expect(burn.projectedHours).toBeCloseTo(3, 12);
    }
  });

  it('with nothing logged burns nothing', () => {
    const burn = budgetBurn({ minutesLogged: 0, monthlyHoursBudget: 10, today: '2024-06-15' });
    expect(burn.shareUsed).toBe(0);
    expect(burn.projectedShare).toBe(0);
  });

  it('rejects bad input', () => {
    expect(() =>
      budgetBurn({ minutesLogged: -1, monthlyHoursBudget: 10, today: '2024-06-15' }),
    ).toThrow(RangeError);
    expect(() =>
      budgetBurn({ minutesLogged: 10, monthlyHoursBudget: 10, today: '2024-06-31' }),
    ).toThrow(RangeError);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2020-12-31', '2020-W53'], // Thursday of 2020's 53rd week
    ['2021-01-01', '2020-W53'],
    ['2021-01-03', '2020-W53'], // Sunday: still 2020's last week
    ['2021-01-04', '2021-W01'], // Monday
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'], // Monday of the week holding 2025-01-02 (Thursday)
    ['2024-12-31', '2025-W01'],
    ['2025-01-01', '2025-W01'],
    ['2019-12-30', '2020-W01'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2027-01-01', '2026-W53'], // a Friday
    ['2024-01-01', '2024-W01'],
    ['2024-06-14', '2024-W24'],
    ['2024-02-29', '2024-W09'],
    ['2022-01-02', '2021-W52'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekKey(date)).toBe(week);
  });

  it('gives the Monday of the week', () => {
    expect(isoWeekMonday('2021-01-03')).toBe('2020-12-28');
    expect(isoWeekMonday('2024-12-30')).toBe('2024-12-30');
    expect(isoWeekMonday('2025-01-05')).toBe('2024-12-30');
  });

  it('lists every week overlapping [from, to), in order', () => {
    expect(periodIsoWeeks('2020-12-28', '2021-01-12')).toEqual([
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
    // `to` is excluded: a period ending on a Monday does not reach that week
    expect(periodIsoWeeks('2024-12-23', '2024-12-30')).toEqual(['2024-W52']);
    expect(periodIsoWeeks('2024-12-23', '2024-12-31')).toEqual(['2024-W52', '2025-W01']);
    // a single day
    expect(periodIsoWeeks('2021-01-03', '2021-01-04')).toEqual(['2020-W53']);
    // empty periods
    expect(periodIsoWeeks('2024-06-14', '2024-06-14')).toEqual([]);
    expect(periodIsoWeeks('2024-06-14', '2024-06-01')).toEqual([]);
  });

  it('gives the Monday of every week overlapping [from, to), in order', () => {
    // a Wednesday to a Monday: the first week starts before `from`, the Monday `to` is out
    expect(periodWeekStarts('2026-03-25', '2026-04-06')).toEqual(['2026-03-23', '2026-03-30']);
    expect(periodWeekStarts('2026-03-25', '2026-04-07')).toEqual([
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
    ]);
    // across a year end
    expect(periodWeekStarts('2020-12-31', '2021-01-05')).toEqual(['2020-12-28', '2021-01-04']);
    expect(periodWeekStarts('2024-06-14', '2024-06-14')).toEqual([]);
    expect(() => periodWeekStarts('2024-06-31', '2024-07-01')).toThrow(RangeError);
  });

  it('a default 31-day period has 5 or 6 weeks, each once', () => {
    const weeks = periodIsoWeeks('2024-05-15', '2024-06-15');
    expect(weeks).toEqual(['2024-W20', '2024-W21', '2024-W22', '2024-W23', '2024-W24']);
    expect(new Set(weeks).size).toBe(weeks.length);
  });

  it('throughput counts completions per week in the workspace zone, zero weeks included', () => {
    const period: Period = { from: '2024-06-01', to: '2024-06-22', timeZone: PARIS };
    const counts = throughputByIsoWeek(
      [
        at('2024-06-03T10:00:00Z'), // W23
        at('2024-06-04T10:00:00Z'), // W23
        at('2024-06-16T22:30:00Z'), // 00:30 Paris on Monday 17th: W25, though Sunday (W24) in UTC
        at('2024-06-21T21:59:59Z'), // 23:59 Paris, Friday 21st, W25
        at('2024-06-21T22:00:00Z'), // 22nd in Paris: outside the period
        at('2024-05-31T21:30:00Z'), // 31st in Paris: outside the period
        null,
      ],
      period,
    );
    expect(counts).toEqual([
      { week: '2024-W22', completed: 0 },
      { week: '2024-W23', completed: 2 },
      { week: '2024-W24', completed: 0 },
      { week: '2024-W25', completed: 2 },
    ]);
  });
});

describe('resolvePeriod', () => {
  const today = '2024-06-14';

  it('defaults to the last 30 days and today', () => {
    expect(resolvePeriod({}, today, PARIS)).toEqual({
      from: '2024-05-15',
      to: '2024-06-15',
      timeZone: PARIS,
    });
    expect(daysBetween('2024-05-15', '2024-06-15')).toBe(DEFAULT_PERIOD_DAYS);
  });

  it('treats empty and null as not given', () => {
    expect(resolvePeriod({ from: '', to: null }, today, PARIS)).toEqual(
      resolvePeriod({}, today, PARIS),
    );
  });

  it('crosses month and leap-year boundaries', () => {
    expect(resolvePeriod({}, '2024-03-01', 'UTC')).toEqual({
      from: '2024-01-31',
      to: '2024-03-02',
      timeZone: 'UTC',
    });
    expect(resolvePeriod({}, '2025-01-10', 'UTC').from).toBe('2024-12-11');
  });

  it('keeps what is given', () => {
    expect(resolvePeriod({ from: '2024-01-01', to: '2024-04-01' }, today, PARIS)).toEqual({
      from: '2024-01-01',
      to: '2024-04-01',
      timeZone: PARIS,
    });
    expect(resolvePeriod({ from: '2024-06-01' }, today, PARIS)).toEqual({
      from: '2024-06-01',
      to: '2024-06-15',
      timeZone: PARIS,
    });
    expect(resolvePeriod({ to: '2024-03-01' }, today, PARIS)).toEqual({
      from: '2024-01-30',
      to: '2024-03-01',
      timeZone: PARIS,
    });
    // a one-day period
    expect(resolvePeriod({ from: '2024-06-14', to: '2024-06-15' }, today, PARIS).from).toBe(
      '2024-06-14',
    );
  });

  it.each([
    [{ from: '2024-06-10', to: '2024-06-10' }, 'to'],
    [{ from: '2024-06-10', to: '2024-06-01' }, 'to'],
    [{ from: '2024-06-15' }, 'from'], // after today: the default `to` is not after it
    [{ from: '2024-02-30' }, 'from'],
    [{ to: '2024-6-1' }, 'to'],
    [{ from: '2024-06-10T00:00:00Z' }, 'from'],
    [{ from: '2000-01-01', to: '2024-01-01' }, 'to'],
  ])('rejects %j, blaming %s', (input, field) => {
    let error: unknown;
    try {
      resolvePeriod(input, today, PARIS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidPeriodError);
    expect((error as InvalidPeriodError).field).toBe(field);
    expect((error as InvalidPeriodError).name).toBe('InvalidPeriodError');
  });

  it('accepts up to MAX_PERIOD_DAYS', () => {
    const to = '2024-01-01';
    const from = addCalendarDays(to, -MAX_PERIOD_DAYS);
    expect(resolvePeriod({ from, to }, today, PARIS)).toEqual({ from, to, timeZone: PARIS });
    expect(() => resolvePeriod({ from: addCalendarDays(from, -1), to }, today, PARIS)).toThrow(
      InvalidPeriodError,
    );
  });

  it('rejects a bad today or time zone as programming errors', () => {
    expect(() => resolvePeriod({}, '2024-06-31', PARIS)).toThrow(RangeError);
    expect(() => resolvePeriod({}, today, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => resolvePeriod({}, today, 'Mars/Olympus')).not.toThrow(InvalidPeriodError);
  });
});
