import {
  MAX_ENTRY_MINUTES,
  engagementValue,
  entryEnd,
  firstDayOfMonth,
  isMonthKey,
  lastDayOfMonth,
  minutesValueCents,
  moneyFigures,
  monthKeyOf,
  monthPeriod,
  monthsOfPeriod,
  parseInstant,
  stopTimer,
  type EngagementTerms,
} from './time';
import { periodBounds } from './kpi';

const at = (iso: string): Date => new Date(iso);

describe('parseInstant', () => {
  it.each([
    ['2026-03-31T22:30:00Z', '2026-03-31T22:30:00.000Z'],
    ['2026-03-31T22:30Z', '2026-03-31T22:30:00.000Z'],
    ['2026-04-01T00:30:00+02:00', '2026-03-31T22:30:00.000Z'],
    ['2026-04-01T00:30:00.250+02:00', '2026-03-31T22:30:00.250Z'],
    ['2026-01-01T05:00:00-05:30', '2026-01-01T10:30:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseInstant(input)?.toISOString()).toBe(iso);
  });

  it.each([
    ['no offset', '2026-03-31T22:30:00'],
    ['a date only', '2026-03-31'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['not a leap year', '2023-02-29T10:00:00Z'],
    ['hour 24', '2026-03-31T24:00:00Z'],
    ['minute 60', '2026-03-31T10:60:00Z'],
    ['second 60', '2026-03-31T10:00:60Z'],
    ['an offset beyond 14 hours', '2026-03-31T10:00:00+15:00'],
    ['words', 'yesterday'],
    ['a number', 1_700_000_000_000],
    ['a space instead of T', '2026-03-31 10:00:00Z'],
  ])('refuses %s', (_label, input) => {
    expect(parseInstant(input)).toBeNull();
  });
});

describe('stopTimer', () => {
  it('rounds a started minute up and ends at the real stop', () => {
    const stop = stopTimer(at('2026-03-02T09:00:30Z'), at('2026-03-02T09:05:10Z'));
    expect(stop).toEqual({ minutes: 5, endedAt: at('2026-03-02T09:05:10Z'), capped: false });
  });

  it('counts whole minutes exactly', () => {
    expect(stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-02T10:00:00Z')).minutes).toBe(60);
  });

  it('records at least one minute, even for a timer stopped at once', () => {
    expect(stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-02T09:00:00Z')).minutes).toBe(1);
    expect(stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-02T09:00:04Z')).minutes).toBe(1);
  });

  it('keeps exactly 24 hours as they are', () => {
    const stop = stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-03T09:00:00Z'));
    expect(stop).toEqual({ minutes: 1440, endedAt: at('2026-03-03T09:00:00Z'), capped: false });
  });

  it('caps a timer left running more than 24 hours at 24 hours, and says so', () => {
    const stop = stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-05T11:00:00Z'));
    expect(stop).toEqual({
      minutes: MAX_ENTRY_MINUTES,
      endedAt: at('2026-03-03T09:00:00Z'),
      capped: true,
    });
  });

  it('never ends before it started (a clock that went back)', () => {
    const stop = stopTimer(at('2026-03-02T09:00:00Z'), at('2026-03-02T08:59:00Z'));
    expect(stop).toEqual({ minutes: 1, endedAt: at('2026-03-02T09:00:00Z'), capped: false });
  });
});

describe('entryEnd', () => {
  it('adds the minutes, across midnight', () => {
    expect(entryEnd(at('2026-03-31T21:30:00Z'), 90).toISOString()).toBe('2026-03-31T23:00:00.000Z');
  });
});

describe('months', () => {
  it.each([
    ['2026-03', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['0000-01', false],
    ['2026-3', false],
    ['2026-03-01', false],
    [202603, false],
  ])('isMonthKey(%p) is %p', (value, expected) => {
    expect(isMonthKey(value)).toBe(expected);
  });

  it('gives the month of a date, its first and last day', () => {
    expect(monthKeyOf('2026-03-31')).toBe('2026-03');
    expect(firstDayOfMonth('2026-02')).toBe('2026-02-01');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(() => firstDayOfMonth('2026-13')).toThrow(RangeError);
  });

  it('bounds a month in Paris at local midnight (April starts at 22:00 UTC on March 31)', () => {
    const period = monthPeriod('2026-04', 'Europe/Paris');
    expect(period).toEqual({ from: '2026-04-01', to: '2026-05-01', timeZone: 'Europe/Paris' });
    const { start, end } = periodBounds(period);
    expect(start.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-04-30T22:00:00.000Z');
  });

  it('splits a period into the days it takes of each month', () => {
    expect(monthsOfPeriod('2026-01-17', '2026-03-15')).toEqual([
      { month: '2026-01', days: 15, daysInMonth: 31 },
      { month: '2026-02', days: 28, daysInMonth: 28 },
      { month: '2026-03', days: 14, daysInMonth: 31 },
    ]);
    expect(monthsOfPeriod('2026-03-01', '2026-04-01')).toEqual([
      { month: '2026-03', days: 31, daysInMonth: 31 },
    ]);
    expect(monthsOfPeriod('2026-03-01', '2026-03-01')).toEqual([]);
  });
});

describe('money', () => {
  it('values minutes at an hourly rate, to the cent', () => {
    expect(minutesValueCents(90, 4000)).toBe(6000);
    expect(minutesValueCents(10, 4500)).toBe(750);
    expect(minutesValueCents(1, 3500)).toBe(58); // 58.33
    expect(minutesValueCents(60, null)).toBeNull();
  });

  const terms = (overrides: Partial<EngagementTerms>): EngagementTerms => ({
    engagement: 'hourly',
    hourlyRateCents: null,
    monthlyAmountCents: null,
    commissionPercent: null,
    ...overrides,
  });

  it('values an hourly client by its billable hours', () => {
    const value = engagementValue(terms({ hourlyRateCents: 4000, monthlyAmountCents: 999 }), {
      billableMinutes: 150,
      recordedRevenueCents: 1_000_000,
    });
    expect(value).toBe(10_000);
  });

  it('values a retainer by its monthly amount, whatever the hours, prorated by days', () => {
    const retainer = terms({ engagement: 'retainer', monthlyAmountCents: 150_000 });
    expect(engagementValue(retainer, { billableMinutes: 0, recordedRevenueCents: null })).toBe(
      150_000,
    );
    expect(
      engagementValue(retainer, {
        billableMinutes: 6000,
        recordedRevenueCents: null,
        monthShare: 0.5,
      }),
    ).toBe(75_000);
  });

  it('values a fixed fee plus the commission on the revenue recorded for the month', () => {
    const fixed = terms({
      engagement: 'fixed_plus_commission',
      monthlyAmountCents: 100_000,
      commissionPercent: 7.5,
    });
    expect(engagementValue(fixed, { billableMinutes: 60, recordedRevenueCents: 2_000_000 })).toBe(
      250_000,
    );
    expect(engagementValue(fixed, { billableMinutes: 60, recordedRevenueCents: null })).toBe(
      100_000,
    );
  });

  it('counts missing amounts as 0', () => {
    expect(
      engagementValue(terms({ engagement: 'retainer' }), {
        billableMinutes: 60,
        recordedRevenueCents: null,
      }),
    ).toBe(0);
    expect(engagementValue(terms({}), { billableMinutes: 60, recordedRevenueCents: null })).toBe(0);
  });

  it('rounds revenue and cost once and takes the margin from the rounded figures', () => {
    expect(moneyFigures(1000.5, 333.4)).toEqual({
      revenueCents: 1001,
      costCents: 333,
      marginCents: 668,
    });
  });
});
