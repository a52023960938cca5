import { describe, expect, it } from 'vitest';
import {
  durationIssue,
  formatDuration,
  formatElapsed,
  parseDuration,
  timerMinutes,
} from './duration';

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['90', 90],
    ['1h30', 90],
    ['1 h 30', 90],
    ['1h30m', 90],
    ['1 h 30 min', 90],
    ['1:30', 90],
    ['0h45', 45],
    ['2h', 120],
    ['2 heures', 120],
    ['1,5 h', 90],
    ['1,5h', 90],
    ['1.5 h', 90],
    ['1,5', 90],
    ['0.25', 15],
    ['45 min', 45],
    ['45m', 45],
    [' 1H30 ', 90],
    ['1\u00a0h\u00a030', 90],
    ['1,55 h', 93],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '   ', 'abc', '1h75', '1:60', 'h30', '1,5,5', '-30', '1 d', '1h30h'])(
    'does not read "%s"',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('durationIssue', () => {
  it('accepts 1 minute to 24 hours', () => {
    expect(durationIssue('1')).toBeNull();
    expect(durationIssue('24h')).toBeNull();
    expect(durationIssue('1440')).toBeNull();
  });

  it('refuses what it cannot read, nothing, and more than 24 hours', () => {
    expect(durationIssue('soon')).toBe('format');
    expect(durationIssue('0')).toBe('range');
    expect(durationIssue('0,001 h')).toBe('range');
    expect(durationIssue('24h01')).toBe('range');
    expect(durationIssue('1441')).toBe('range');
  });
});

describe('formatDuration', () => {
  it.each<[number, string, string]>([
    [90, '1 h 30', '1h 30m'],
    [45, '45 min', '45m'],
    [120, '2 h', '2h'],
    [65, '1 h 05', '1h 5m'],
    [0, '0 min', '0m'],
    [2235, '37 h 15', '37h 15m'],
  ])('%i minutes', (minutes, fr, en) => {
    expect(formatDuration(minutes, 'fr')).toBe(fr);
    expect(formatDuration(minutes, 'en')).toBe(en);
  });
});

describe('formatElapsed', () => {
  it.each<[number, string]>([
    [0, '0:00:00'],
    [999, '0:00:00'],
    [5_000, '0:00:05'],
    [245_000, '0:04:05'],
    [3_723_000, '1:02:03'],
    [12 * 3_600_000, '12:00:00'],
    [36 * 3_600_000 + 59_000, '36:00:59'],
    [-4_000, '0:00:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('timerMinutes', () => {
  const start = '2026-11-23T09:00:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();

  it('counts a started minute, at least one, at most 24 hours', () => {
    expect(timerMinutes(start, at('2026-11-23T09:00:10Z'))).toBe(1);
    expect(timerMinutes(start, at('2026-11-23T09:25:00Z'))).toBe(25);
    expect(timerMinutes(start, at('2026-11-23T09:25:01Z'))).toBe(26);
    expect(timerMinutes(start, at('2026-11-25T09:00:00Z'))).toBe(1440);
  });
});
