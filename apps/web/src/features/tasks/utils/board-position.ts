import { TASK_STATUSES, type TaskStatus } from '@relais/domain';

/** The gap left between cards, so that most moves rewrite one card only. */
export const POSITION_STEP = 1024;

interface Positioned {
  id: string;
  position: number;
}

/** Cards of one column in board order: by position, then id so equal positions stay stable. */
export function sortByPosition<T extends Positioned>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** A position after every card of the column (where a new card goes). */
export function nextPositionInColumn(column: readonly Positioned[]): number {
  if (column.length === 0) return POSITION_STEP;
  return Math.max(...column.map((card) => card.position)) + POSITION_STEP;
}

/** A position between two neighbours; either may be missing (top or bottom of the column). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return POSITION_STEP;
  if (before === undefined) return (after as number) - POSITION_STEP;
  if (after === undefined) return before + POSITION_STEP;
  return (before + after) / 2;
}

/**
 * The position for a card dropped at `index` of a column. `column` is that column in board
 * order, without the moved card. Positions are fractional, so the move changes one card only.
 */
export function positionForIndex(column: readonly Positioned[], index: number): number {
  const sorted = sortByPosition(column);
  const at = Math.max(0, Math.min(index, sorted.length));
  return positionBetween(sorted[at - 1]?.position, sorted[at]?.position);
}

export type BoardColumns = Record<TaskStatus, string[]>;

/** Card ids per status column, each in board order. */
export function toColumns<T extends Positioned & { status: TaskStatus }>(
  tasks: readonly T[],
): BoardColumns {
  const columns = Object.fromEntries(TASK_STATUSES.map((status) => [status, [] as string[]]));
  for (const task of sortByPosition(tasks)) columns[task.status].push(task.id);
  return columns as BoardColumns;
}

/** The column holding the card (or the id of a column itself), if any. */
export function findColumn(columns: BoardColumns, id: string): TaskStatus | undefined {
  if ((TASK_STATUSES as readonly string[]).includes(id)) return id as TaskStatus;
  return TASK_STATUSES.find((status) => columns[status].includes(id));
}

export interface BoardMove {
  taskId: string;
  status: TaskStatus;
  position: number;
}

/**
 * Where a card dropped at `index` of `status` goes, from the cards as the server last had them.
 * Returns null when nothing changes (same column, same place).
 */
export function computeMove<T extends Positioned & { status: TaskStatus }>(
  tasks: readonly T[],
  taskId: string,
  status: TaskStatus,
  index: number,
): BoardMove | null {
  const moved = tasks.find((task) => task.id === taskId);
  if (!moved) return null;
  const column = sortByPosition(tasks.filter((t) => t.status === status && t.id !== taskId));
  if (moved.status === status) {
    const currentIndex = sortByPosition(tasks.filter((t) => t.status === status)).findIndex(
      (t) => t.id === taskId,
    );
    if (currentIndex === index) return null;
  }
  return { taskId, status, position: positionForIndex(column, index) };
}
