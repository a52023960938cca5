import { addCalendarDays, isoWeekMonday, todayIn, type TaskPriority } from '@relais/domain';

/** The groups of My tasks, in the order they are shown. */
export const DUE_GROUPS = ['overdue', 'today', 'thisWeek', 'later', 'noDate'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

const PRIORITY_RANK: Record<TaskPriority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

interface Groupable {
  id: string;
  title: string;
  dueDate: string | null;
  priority: TaskPriority;
}

/** The user's own time zone: "today" is today where they are, not where the server is. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The group of a due date, `today` being today's calendar date in the user's time zone. "This
 * week" runs from tomorrow to Sunday (ISO weeks start on Monday, as in France); on a Sunday it
 * is empty and the next days are "later".
 */
export function dueGroupOf(dueDate: string | null, today: string): DueGroup {
  if (dueDate === null) return 'noDate';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  const sunday = addCalendarDays(isoWeekMonday(today), 6);
  return dueDate <= sunday ? 'thisWeek' : 'later';
}

function compareTasks(a: Groupable, b: Groupable): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

export interface TaskGroup<T> {
  group: DueGroup;
  tasks: T[];
}

/**
 * Tasks grouped Overdue / Today / This week / Later / No date, by the user's calendar in
 * `timeZone`; each group sorted by due date, then priority (urgent first), then title. Empty
 * groups are left out.
 */
export function groupTasksByDue<T extends Groupable>(
  tasks: readonly T[],
  now: Date,
  timeZone: string,
): TaskGroup<T>[] {
  const today = todayIn(timeZone, now);
  const byGroup = new Map<DueGroup, T[]>(DUE_GROUPS.map((group) => [group, []]));
  for (const task of tasks) byGroup.get(dueGroupOf(task.dueDate, today))?.push(task);
  return DUE_GROUPS.map((group) => ({
    group,
    tasks: (byGroup.get(group) ?? []).sort(compareTasks),
  })).filter(({ tasks: inGroup }) => inGroup.length > 0);
}
