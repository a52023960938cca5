import type { EntityManager } from 'typeorm';
import type { TaskStatus } from '@relais/domain';
import { namedQuery } from '../../database/named-query';
import { TASK_POSITION_STEP } from './task-audit';

/** A board column, whose end a new card, a card moved to it or a task's next occurrence goes to. */
export interface ColumnEnd {
  columnProjectId: string;
  columnStatus: TaskStatus;
  columnWorkspaceId: string;
}

/**
 * The next position at the end of a board column, as a subquery with TypeORM named parameters:
 * the fields of `ColumnEnd` and `:step` (TASK_POSITION_STEP). A PATCH embeds it in its UPDATE.
 */
// workspace_id leads tasks_board_idx: without it the whole index is read
export const COLUMN_END_SQL = `(SELECT COALESCE(MAX(c.position), 0) + :step FROM tasks c
  WHERE c.workspace_id = :columnWorkspaceId AND c.project_id = :columnProjectId
    AND c.status = :columnStatus)`;

/** The position at the end of a board column, with the SQL a PATCH's UPDATE embeds. */
export async function columnEndPosition(
  manager: EntityManager,
  column: ColumnEnd,
): Promise<number> {
  const [row] = await namedQuery(manager, `SELECT ${COLUMN_END_SQL} AS position`, {
    ...column,
    step: TASK_POSITION_STEP,
  });
  return Number(row.position);
}
