import { ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException } from '../../common/http/validation';
import { visibleProjectsCondition } from '../projects/project-visibility';
import { TimeEntryEntity } from './time-entry.entity';
import { ENTRY_SELECT, type TimeEntryRow } from './dto/time-entry.output';

/** How far ahead of the server's clock an entry may start (clocks drift a little). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const AUDITED_FIELDS = [
  'taskId',
  'projectId',
  'clientId',
  'startedAt',
  'endedAt',
  'minutes',
  'billable',
  'note',
  'approvedAt',
  'approvedById',
] as const satisfies readonly (keyof TimeEntryEntity)[];

export interface LoggableTask {
  id: string;
  projectId: string;
  clientId: string;
}

/**
 * The task when the member may log time on it: in the workspace, in a project she may view
 * (for a VA: one she belongs to or has a task in), within her client scope; 404 otherwise.
 */
export async function findLoggableTask(
  manager: EntityManager,
  member: WorkspaceMember,
  taskId: string,
): Promise<LoggableTask> {
  const visible = visibleProjectsCondition(member, 'p');
  const row = await manager
    .createQueryBuilder()
    .select('t.id', 'id')
    .addSelect('t.project_id', 'project_id')
    .addSelect('t.client_id', 'client_id')
    .from('tasks', 't')
    .innerJoin('projects', 'p', 'p.id = t.project_id')
    .where('t.id = :taskId AND t.workspace_id = :taskWs', {
      taskId,
      taskWs: member.workspaceId,
    })
    .andWhere(visible.sql, visible.params)
    .getRawOne<{ id: string; project_id: string; client_id: string }>();
  if (!row) throw new NotFoundException('Task not found');
  return { id: row.id, projectId: row.project_id, clientId: row.client_id };
}

/**
 * Serialises the time-entry writes of one person (in every workspace), so two requests cannot
 * both pass the overlap check. The users row is locked without blocking foreign keys to it.
 */
export async function lockPerson(manager: EntityManager, userId: string): Promise<void> {
  await manager.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [userId]);
}

/** A start in the future is a plan, not time worked: 400 on the field. */
export function assertNotInFuture(startedAt: Date, now: Date, field = 'startedAt'): void {
  if (startedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ValidationFailedException([
      { field, errors: [`${field} must not be in the future`] },
    ]);
  }
}

/**
 * 409 naming the clash when `[start, end)` overlaps another entry of the person, in any
 * workspace (nobody works two places at once). A running timer covers `[start, ∞)`, and so
 * does `end = null`.
 */
export async function assertNoOverlap(
  manager: EntityManager,
  userId: string,
  start: Date,
  end: Date | null,
  exceptId: string | null = null,
): Promise<void> {
  const [clash] = (await manager.query(
    `SELECT te.started_at, te.ended_at, t.title AS task_title
       FROM time_entries te JOIN tasks t ON t.id = te.task_id
      WHERE te.user_id = $1
        AND ($2::uuid IS NULL OR te.id <> $2::uuid)
        AND (te.ended_at IS NULL OR te.ended_at > $3)
        AND ($4::timestamptz IS NULL OR te.started_at < $4::timestamptz)
      ORDER BY te.started_at
      LIMIT 1`,
    [userId, exceptId, start, end],
  )) as { started_at: Date; ended_at: Date | null; task_title: string }[];
  if (!clash) return;
  const until = clash.ended_at ? `to ${clash.ended_at.toISOString()}` : '(timer still running)';
  throw new ConflictException(
    `This overlaps your time on "${clash.task_title}" from ${clash.started_at.toISOString()} ${until}`,
  );
}

/** One entry with the names around it (no scope check: callers have done it). */
export async function loadEntryRow(manager: EntityManager, id: string): Promise<TimeEntryRow> {
  const [row] = (await manager.query(`${ENTRY_SELECT} WHERE te.id = $1`, [id])) as TimeEntryRow[];
  if (!row) throw new NotFoundException('Time entry not found');
  return row;
}

/** Entries with the names around them, in the order of `ids`. */
export async function loadEntryRows(
  manager: EntityManager,
  ids: readonly string[],
): Promise<TimeEntryRow[]> {
  if (ids.length === 0) return [];
  const rows = (await manager.query(`${ENTRY_SELECT} WHERE te.id = ANY($1::uuid[])`, [
    ids,
  ])) as TimeEntryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
