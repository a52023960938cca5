import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isCalendarDate, type MyTaskResponse } from '@relais/domain';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import type { MyTasksQuery } from './dto/task.input';
import { taskColumns } from './task-columns';

/** A task's columns (task-columns.ts) and the names to show it outside its workspace. */
type MyTaskRow = Omit<MyTaskResponse, 'completedAt' | 'createdAt' | 'updatedAt'> & {
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

@Injectable()
export class MeTasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Tasks assigned to the user in every workspace where they are an active member, within that
   * membership's client scope, by due date (undated last). One query per page, names joined in.
   */
  async list(userId: string, query: MyTasksQuery): Promise<Page<MyTaskResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [userId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      't.assignee_id = $1',
      '(cardinality(m.client_ids) = 0 OR t.client_id = ANY(m.client_ids))',
    ];
    if (query.status) conditions.push(`t.status = ANY(${param(query.status)}::varchar[])`);
    if (query.dueBefore) conditions.push(`t.due_date < ${param(query.dueBefore)}::date`);
    const after = decodeCursor(query.cursor, 2);
    if (after) {
      const [dueDate, id] = after;
      if (!(dueDate === null || isCalendarDate(dueDate)) || typeof id !== 'string' || !isUuid(id)) {
        throw new ValidationFailedException([
          { field: 'cursor', errors: ['cursor is not one this API gave'] },
        ]);
      }
      const afterId = param(id);
      if (dueDate === null) {
        conditions.push(`t.due_date IS NULL AND t.id > ${afterId}::uuid`);
      } else {
        const afterDue = param(dueDate);
        conditions.push(
          `(t.due_date > ${afterDue}::date OR (t.due_date = ${afterDue}::date AND t.id > ${afterId}::uuid)
            OR t.due_date IS NULL)`,
        );
      }
    }
    const rows: MyTaskRow[] = await this.dataSource.query(
      `SELECT ${taskColumns('t')},
              w.name AS "workspaceName", c.name AS "clientName", p.name AS "projectName"
         FROM tasks t
         JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = $1 AND m.active
         JOIN workspaces w ON w.id = t.workspace_id
         JOIN projects p ON p.id = t.project_id
         JOIN clients c ON c.id = t.client_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY t.due_date ASC NULLS LAST, t.id ASC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    return toPage(rows, limit, (row) => [row.dueDate, row.id], toMyTaskResponse);
  }
}

// rows straight to JSON: six times cheaper than through a TaskEntity (measured on 200-task
// pages), and this is the list every VA opens first
function toMyTaskResponse(row: MyTaskRow): MyTaskResponse {
  return {
    ...row,
    position: Number(row.position),
    completedAt: row.completedAt?.toISOString() ?? null,
    checklist: row.checklist.map(({ id, title, done }) => ({ id, title, done })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
