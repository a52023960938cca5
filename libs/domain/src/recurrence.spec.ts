import { isoWeekdayOf, nextDueDate, nextOccurrence, resolveRecurrence } from './recurrence';

describe('isoWeekdayOf', () => {
  it.each([
    ['2026-03-02', 1],
    ['2026-03-07', 6],
    ['2026-03-08', 7],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });
});

describe('nextOccurrence', () => {
  it('repeats daily on the next day, across month and year ends', () => {
    expect(nextOccurrence({ frequency: 'daily' }, '2026-03-15')).toBe('2026-03-16');
    expect(nextOccurrence({ frequency: 'daily' }, '2026-02-28')).toBe('2026-03-01');
    expect(nextOccurrence({ frequency: 'daily' }, '2024-02-28')).toBe('2024-02-29');
    expect(nextOccurrence({ frequency: 'daily' }, '2026-12-31')).toBe('2027-01-01');
  });

  it('repeats weekly on the given weekdays, the next one strictly after', () => {
    const rule = { frequency: 'weekly' as const, weekdays: [1, 3, 5] };
    // Monday 2 March 2026
    expect(nextOccurrence(rule, '2026-03-02')).toBe('2026-03-04');
    expect(nextOccurrence(rule, '2026-03-04')).toBe('2026-03-06');
    expect(nextOccurrence(rule, '2026-03-06')).toBe('2026-03-09');
    expect(nextOccurrence(rule, '2026-03-07')).toBe('2026-03-09');
  });

  it('repeats weekly on one weekday a week later, across a year end', () => {
    expect(nextOccurrence({ frequency: 'weekly', weekdays: [4] }, '2026-12-31')).toBe('2027-01-07');
  });

  it("repeats weekly on the anchor's weekday when none is given", () => {
    // Wednesday 4 March 2026
    expect(nextOccurrence({ frequency: 'weekly' }, '2026-03-04')).toBe('2026-03-11');
    expect(nextOccurrence({ frequency: 'weekly' }, '2026-03-05', '2026-03-04')).toBe('2026-03-11');
  });

  it('repeats monthly on the day, later this month or next month', () => {
    const rule = { frequency: 'monthly' as const, dayOfMonth: 15 };
    expect(nextOccurrence(rule, '2026-03-10')).toBe('2026-03-15');
    expect(nextOccurrence(rule, '2026-03-15')).toBe('2026-04-15');
    expect(nextOccurrence(rule, '2026-12-20')).toBe('2027-01-15');
  });

  it('clamps a monthly day to short months, then returns to it', () => {
    const rule = { frequency: 'monthly' as const, dayOfMonth: 31 };
    expect(nextOccurrence(rule, '2026-01-31')).toBe('2026-02-28');
    expect(nextOccurrence(rule, '2026-02-28')).toBe('2026-03-31');
    expect(nextOccurrence(rule, '2026-03-31')).toBe('2026-04-30');
    expect(nextOccurrence(rule, '2026-04-30')).toBe('2026-05-31');
    expect(nextOccurrence(rule, '2024-01-31')).toBe('2024-02-29');
    expect(nextOccurrence({ frequency: 'monthly', dayOfMonth: 30 }, '2026-02-27')).toBe(
      '2026-02-28',
    );
  });

  it("repeats monthly on the anchor's day when none is given, without drifting", () => {
    expect(nextOccurrence({ frequency: 'monthly' }, '2026-01-31')).toBe('2026-02-28');
    // the anchor stays the first due date of the series
    expect(nextOccurrence({ frequency: 'monthly' }, '2026-02-28', '2026-01-31')).toBe('2026-03-31');
  });

  it('refuses malformed dates and rules', () => {
    expect(() => nextOccurrence({ frequency: 'daily' }, '2026-02-30')).toThrow(RangeError);
    expect(() => nextOccurrence({ frequency: 'weekly', weekdays: [0] }, '2026-03-02')).toThrow(
      RangeError,
    );
    expect(() => nextOccurrence({ frequency: 'monthly', dayOfMonth: 32 }, '2026-03-02')).toThrow(
      RangeError,
    );
  });
});

describe('resolveRecurrence', () => {
  it('fills what the rule leaves implicit from the anchor, sorted and unique', () => {
    expect(resolveRecurrence({ frequency: 'weekly' }, '2026-03-04')).toEqual({
      frequency: 'weekly',
      weekdays: [3],
    });
    expect(resolveRecurrence({ frequency: 'weekly', weekdays: [5, 1, 5] }, '2026-03-04')).toEqual({
      frequency: 'weekly',
      weekdays: [1, 5],
    });
    expect(resolveRecurrence({ frequency: 'monthly' }, '2026-01-31')).toEqual({
      frequency: 'monthly',
      dayOfMonth: 31,
    });
    expect(resolveRecurrence({ frequency: 'daily', dayOfMonth: 3 }, '2026-01-31')).toEqual({
      frequency: 'daily',
    });
  });
});

describe('nextDueDate', () => {
  const daily = { frequency: 'daily' as const };

  it('follows the due date when the occurrence is done on time or early', () => {
    expect(nextDueDate(daily, '2026-03-10', '2026-03-10')).toBe('2026-03-11');
    expect(nextDueDate({ frequency: 'weekly', weekdays: [5] }, '2026-03-13', '2026-03-11')).toBe(
      '2026-03-20',
    );
  });

  it('resumes today rather than creating missed occurrences', () => {
    // due Monday the 2nd, still open (or done late) on Thursday the 5th
    expect(nextDueDate(daily, '2026-03-02', '2026-03-05')).toBe('2026-03-05');
    expect(nextDueDate({ frequency: 'weekly', weekdays: [1] }, '2026-03-02', '2026-03-05')).toBe(
      '2026-03-09',
    );
    expect(nextDueDate({ frequency: 'monthly', dayOfMonth: 31 }, '2026-01-31', '2026-03-05')).toBe(
      '2026-03-31',
    );
  });

  it('repeats from today when the task had no due date', () => {
    expect(nextDueDate(daily, null, '2026-03-05')).toBe('2026-03-06');
    expect(nextDueDate({ frequency: 'weekly' }, null, '2026-03-05')).toBe('2026-03-12');
  });
});
