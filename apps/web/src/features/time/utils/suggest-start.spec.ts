import { describe, expect, it } from 'vitest';
import { clockMinutesUp, suggestStart, toClock } from './suggest-start';

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('suggestStart', () => {
  it('starts a past day at 9:00, or right after its last entry', () => {
    expect(suggestStart({ isToday: false, now: h(10), minutes: 90, entries: [] })).toBe('09:00');
    const entries = [
      { start: h(9), end: h(10, 30) },
      { start: h(11), end: h(13, 30) },
    ];
    expect(suggestStart({ isToday: false, now: h(10), minutes: 90, entries })).toBe('13:30');
  });

  it('today, ends the entry now when that is free', () => {
    expect(suggestStart({ isToday: true, now: h(16), minutes: 90, entries: [] })).toBe('14:30');
    expect(suggestStart({ isToday: true, now: h(16), minutes: null, entries: [] })).toBe('16:00');
    const earlier = [{ start: h(9), end: h(12) }];
    expect(suggestStart({ isToday: true, now: h(16), minutes: 90, entries: earlier })).toBe(
      '14:30',
    );
  });

  it('today, fits the entry before the entries it would overlap', () => {
    // a timer ran 15:00 to 16:00 and just stopped: 1h30 fits 13:30 to 15:00
    const timer = [{ start: h(15), end: h(16) + 1 }];
    expect(suggestStart({ isToday: true, now: h(16), minutes: 90, entries: timer })).toBe('13:30');
    // too long for the gaps: after the last entry
    const full = [
      { start: h(0), end: h(8) },
      { start: h(8), end: h(16) },
    ];
    expect(suggestStart({ isToday: true, now: h(16), minutes: 90, entries: full })).toBe('16:00');
  });

  it('never goes before midnight', () => {
    expect(suggestStart({ isToday: true, now: 30, minutes: 90, entries: [] })).toBe('00:00');
    expect(toClock(-5)).toBe('00:00');
    expect(toClock(24 * 60)).toBe('23:59');
  });
});

describe('clockMinutesUp', () => {
  it('counts a started minute whole, so the next entry starts after it', () => {
    expect(clockMinutesUp(new Date(2026, 10, 23, 12, 56, 0, 0))).toBe(h(12, 56));
    expect(clockMinutesUp(new Date(2026, 10, 23, 12, 56, 40))).toBe(h(12, 57));
    expect(clockMinutesUp(new Date(2026, 10, 23, 12, 56, 0, 5))).toBe(h(12, 57));
  });
});
