import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isCalendarDate } from '@relais/domain';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { ClientEntity } from '../clients/client.entity';
import { ProjectEntity } from '../projects/project.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import type { MyTasksQuery } from './dto/task.input';
import { toMyTaskResponse, type MyTaskResponse } from './dto/task.output';
import { TaskEntity } from './task.entity';

interface NamesRow {
  t_id: string;
  workspace_name: string;
  client_name: string;
  project_name: string;
}

@Injectable()
export class MeTasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Tasks assigned to the user in every workspace where they are an active member, within that
   * membership's client scope, by due date (undated last). One query per page, names joined in.
   */
  async list(userId: string, query: MyTasksQuery): Promise<Page<MyTaskResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin(
        MembershipEntity,
        'm',
        'm.workspace_id = t.workspace_id AND m.user_id = :me AND m.active',
      )
      .innerJoin(WorkspaceEntity, 'w', 'w.id = t.workspace_id')
      .innerJoin(ProjectEntity, 'p', 'p.id = t.project_id')
      .innerJoin(ClientEntity, 'c', 'c.id = t.client_id')
      .addSelect('w.name', 'workspace_name')
      .addSelect('c.name', 'client_name')
      .addSelect('p.name', 'project_name')
      .where('t.assignee_id = :me', { me: userId })
      .andWhere('(cardinality(m.client_ids) = 0 OR t.client_id = ANY(m.client_ids))')
      .orderBy('t.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .limit(limit + 1);
    if (query.status) qb.andWhere('t.status IN (:...statuses)', { statuses: query.status });
    if (query.dueBefore) qb.andWhere('t.due_date < :dueBefore', { dueBefore: query.dueBefore });
    if (after) {
      const [dueDate, id] = after;
      if (!(dueDate === null || isCalendarDate(dueDate)) || typeof id !== 'string' || !isUuid(id)) {
        throw new ValidationFailedException([
          { field: 'cursor', errors: ['cursor is not one this API gave'] },
        ]);
      }
      if (dueDate === null) {
        qb.andWhere('t.due_date IS NULL AND t.id > :afterId', { afterId: id });
      } else {
        qb.andWhere(
          `(t.due_date > :afterDue OR (t.due_date = :afterDue AND t.id > :afterId)
            OR t.due_date IS NULL)`,
          { afterDue: dueDate, afterId: id },
        );
      }
    }
    const { entities, raw } = await qb.getRawAndEntities<NamesRow>();
    const names = new Map(raw.map((row) => [row.t_id, row]));
    return toPage(
      entities,
      limit,
      (t) => [t.dueDate, t.id],
      (t) => {
        const row = names.get(t.id)!;
        return toMyTaskResponse(t, {
          workspaceName: row.workspace_name,
          clientName: row.client_name,
          projectName: row.project_name,
        });
      },
    );
  }
}
