import { TaskEntity } from './task.entity';

/**
 * A task's columns selected under TaskEntity's property names, for the hot paths that read
 * tasks with plain SQL (the ORM's query building and hydration cost more CPU than the query,
 * bench/results.md). `pg` already gives timestamps as Date and jsonb parsed; the date column is
 * formatted as TypeORM gives it.
 */
export function taskColumns(alias: string): string {
  const t = alias;
  return `${t}.id, ${t}.workspace_id AS "workspaceId", ${t}.project_id AS "projectId",
    ${t}.client_id AS "clientId", ${t}.title, ${t}.description, ${t}.status, ${t}.priority,
    ${t}.assignee_id AS "assigneeId", ${t}.created_by_id AS "createdById",
    to_char(${t}.due_date, 'YYYY-MM-DD') AS "dueDate", ${t}.estimate_minutes AS "estimateMinutes",
    ${t}.completed_at AS "completedAt", ${t}.position, ${t}.checklist, ${t}.recurrence,
    ${t}.process_id AS "processId", ${t}.version, ${t}.created_at AS "createdAt",
    ${t}.updated_at AS "updatedAt"`;
}

/** A row selected with `taskColumns`, as the entity the services work with. */
export function toTaskEntity(row: Record<string, unknown>): TaskEntity {
  return Object.assign(new TaskEntity(), row, { position: Number(row.position) });
}
