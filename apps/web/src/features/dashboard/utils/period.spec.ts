import { describe, expect, it } from 'vitest';
import { isoWeekKey } from '@relais/domain';
import { isoWeekStart, lastDayOf, pickedRange, presetRange } from './period';

describe('dashboard periods', () => {
  it('counts today in the last N days, and sends the day after as the excluded end', () => {
    expect(presetRange('7d', '2026-11-25')).toEqual({ from: '2026-11-19', to: '2026-11-26' });
    expect(presetRange('30d', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-02' });
    expect(presetRange('90d', '2026-11-25').from).toBe('2026-08-28');
  });

  it('turns a picked range (both days included) into [from, to), whatever the order', () => {
    expect(pickedRange('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(pickedRange('2026-11-30', '2026-11-01')).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(pickedRange('2026-11-05', '2026-11-05')).toEqual({
      from: '2026-11-05',
      to: '2026-11-06',
    });
    expect(pickedRange('2026-11-05', 'nope')).toBeNull();
    expect(lastDayOf({ from: '2026-11-01', to: '2026-12-01' })).toBe('2026-11-30');
  });

  it('finds the Monday of an ISO week, across year boundaries', () => {
    expect(isoWeekStart('2026-W48')).toBe('2026-11-23');
    expect(isoWeekStart('2020-W53')).toBe('2020-12-28');
    expect(isoWeekStart('2025-W01')).toBe('2024-12-30');
    expect(isoWeekStart('garbage')).toBeNull();
    for (const week of ['2026-W01', '2026-W30', '2027-W52']) {
      expect(isoWeekKey(isoWeekStart(week) as string)).toBe(week);
    }
  });
});
