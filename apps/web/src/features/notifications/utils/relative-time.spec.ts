import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [10, 'en-GB', null],
    [5 * 60, 'en-GB', '5 minutes ago'],
    [3 * 3600, 'en-GB', '3 hours ago'],
    [26 * 3600, 'en-GB', 'yesterday'],
    [3 * 86400, 'fr-FR', 'il y a 3 jours'],
  ])('says %i seconds ago in %s as %s', (seconds, locale, expected) => {
    expect(relativeTime(ago(seconds), now, locale)).toBe(expected);
  });

  it('gives the date beyond a week, with the year when it is another one', () => {
    expect(relativeTime('2026-02-01T12:00:00Z', now, 'en-GB')).toBe('1 Feb');
    expect(relativeTime('2025-12-24T12:00:00Z', now, 'en-GB')).toBe('24 Dec 2025');
  });
});
