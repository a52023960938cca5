import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CommentResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { TasksService } from '../tasks/tasks.service';
import { UserEntity } from '../users/user.entity';
import { CommentEntity } from './comment.entity';
import type { CreateCommentInput, ListCommentsQuery } from './dto/comment.input';
import { toCommentResponse } from './dto/comment.output';
import { findMentions, type Mentionable } from './mentions';
import { TaskActivityService, type ActivityFollowUp } from '../notifications/task-activity.service';

const AUDITED_FIELDS = [
  'taskId',
  'body',
  'mentions',
] as const satisfies readonly (keyof CommentEntity)[];

// timestamps keep microseconds; a cursor in milliseconds would repeat or skip rows
const CURSOR_AT_SQL = `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

interface CommentRow {
  c_id: string;
  author_name: string | null;
  cursor_at: string;
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
    private readonly audit: AuditService,
    private readonly activity: TaskActivityService,
  ) {}

  /** Comments of a task the member may view, oldest first. */
  async list(
    member: WorkspaceMember,
    taskId: string,
    query: ListCommentsQuery,
  ): Promise<Page<CommentResponse>> {
    await this.tasks.findVisible(this.dataSource.manager, member, taskId);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .leftJoin(UserEntity, 'u', 'u.id = c.author_id')
      .addSelect('u.name', 'author_name')
      .addSelect(CURSOR_AT_SQL, 'cursor_at')
      .where('c.task_id = :taskId AND c.workspace_id = :ws', { taskId, ws: member.workspaceId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (after) {
      const [at, id] = after;
      if (typeof at !== 'string' || !CURSOR_AT.test(at) || typeof id !== 'string' || !isUuid(id)) {
        throw new ValidationFailedException([
          { field: 'cursor', errors: ['cursor is not one this API gave'] },
        ]);
      }
      qb.andWhere(
        '(c.created_at, c.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))',
        {
          afterAt: at,
          afterId: id,
        },
      );
    }
    const { entities, raw } = await qb.getRawAndEntities<CommentRow>();
    const rows = new Map(raw.map((row) => [row.c_id, row]));
    return toPage(
      entities,
      limit,
      (c) => [rows.get(c.id)!.cursor_at, c.id],
      (c) => toCommentResponse(c, rows.get(c.id)!.author_name),
    );
  }

  async create(
    member: WorkspaceMember,
    taskId: string,
    input: CreateCommentInput,
  ): Promise<CommentResponse> {
    let followUp: ActivityFollowUp | undefined;
    const response = await this.dataSource.transaction(async (manager) => {
      const task = await this.tasks.findVisible(manager, member, taskId);
      const mentions = input.body.includes('@')
        ? findMentions(
            input.body,
            await this.mentionable(manager, member.workspaceId, task.clientId),
          )
        : [];
      const comment = await manager.save(
        manager.create(CommentEntity, {
          workspaceId: member.workspaceId,
          taskId: task.id,
          authorId: member.userId,
          body: input.body,
          mentions,
        }),
      );
      const author = await manager.findOne(UserEntity, {
        where: { id: member.userId },
        select: { id: true, name: true },
      });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'comment.created',
        entityType: 'comment',
        entityId: comment.id,
        changes: diffFields(null, comment, AUDITED_FIELDS),
      });
      followUp = await this.activity.afterCommentCreated(manager, {
        comment,
        taskTitle: task.title,
        actorId: member.userId,
      });
      return toCommentResponse(comment, author?.name ?? null);
    });
    // mention emails leave once the comment is committed
    await this.activity.dispatch(followUp);
    return response;
  }

  /** Active members who work for the task's client: mentioning others would tell them nothing. */
  private async mentionable(
    manager: EntityManager,
    workspaceId: string,
    clientId: string,
  ): Promise<Mentionable[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.name
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 AND m.active
          AND (cardinality(m.client_ids) = 0 OR $2 = ANY(m.client_ids))`,
      [workspaceId, clientId],
    );
  }
}
