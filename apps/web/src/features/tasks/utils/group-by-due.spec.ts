import { describe, expect, it } from 'vitest';
import type { TaskPriority } from '@relais/domain';
import { dueGroupOf, groupTasksByDue } from './group-by-due';

const task = (id: string, dueDate: string | null, priority: TaskPriority = 'normal') => ({
  id,
  title: id,
  dueDate,
  priority,
});

describe('dueGroupOf', () => {
  // Wednesday 25 November 2026
  const today = '2026-11-25';

  it.each([
    ['2026-11-24', 'overdue'],
    ['2025-01-01', 'overdue'],
    ['2026-11-25', 'today'],
    ['2026-11-26', 'thisWeek'],
    ['2026-11-29', 'thisWeek'], // Sunday closes the ISO week
    ['2026-11-30', 'later'], // next Monday
    [null, 'noDate'],
  ] as const)('%s is %s', (dueDate, group) => {
    expect(dueGroupOf(dueDate, today)).toBe(group);
  });

  it('has no "this week" on a Sunday: tomorrow is already next week', () => {
    expect(dueGroupOf('2026-11-30', '2026-11-29')).toBe('later');
  });
});

describe('groupTasksByDue', () => {
  it('groups in display order, leaves empty groups out, and sorts inside a group', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const groups = groupTasksByDue(
      [
        task('later', '2026-12-10'),
        task('none', null),
        task('today-low', '2026-11-25', 'low'),
        task('today-urgent', '2026-11-25', 'urgent'),
        task('late-2', '2026-11-20'),
        task('late-1', '2026-11-02'),
      ],
      now,
      'Europe/Paris',
    );
    expect(groups.map((g) => [g.group, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', ['late-1', 'late-2']],
      ['today', ['today-urgent', 'today-low']],
      ['later', ['later']],
      ['noDate', ['none']],
    ]);
  });

  it('uses the calendar of the given time zone, not UTC', () => {
    // 23:30 UTC on the 25th is already the 26th in Paris, still the 25th in New York
    const now = new Date('2026-11-25T23:30:00Z');
    const tasks = [task('due-25', '2026-11-25'), task('due-26', '2026-11-26')];

    const paris = groupTasksByDue(tasks, now, 'Europe/Paris');
    expect(paris.map((g) => [g.group, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', ['due-25']],
      ['today', ['due-26']],
    ]);

    const newYork = groupTasksByDue(tasks, now, 'America/New_York');
    expect(newYork.map((g) => [g.group, g.tasks.map((t) => t.id)])).toEqual([
      ['today', ['due-25']],
      ['thisWeek', ['due-26']],
    ]);
  });
});
