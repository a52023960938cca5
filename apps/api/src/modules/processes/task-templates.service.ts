import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { parseProcessSteps, type TaskTemplateResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import type { CreateTaskTemplateInput, ListTaskTemplatesQuery } from './dto/process.input';
import { toTaskTemplateResponse } from './dto/process.output';
import { ProcessesService } from './processes.service';
import { TaskTemplateEntity } from './task-template.entity';

/**
 * Reusable tasks. Using one is the client's job: it copies the title, description, checklist and
 * process into a new task (POST /tasks).
 */
@Injectable()
export class TaskTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly processes: ProcessesService,
  ) {}

  /** Templates by title. */
  async list(
    member: WorkspaceMember,
    query: ListTaskTemplatesQuery,
  ): Promise<Page<TaskTemplateResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(TaskTemplateEntity)
      .createQueryBuilder('tt')
      .where('tt.workspace_id = :ws', { ws: member.workspaceId })
      .orderBy('tt.title', 'ASC')
      .addOrderBy('tt.id', 'ASC')
      .limit(limit + 1);
    if (query.processId) qb.andWhere('tt.process_id = :processId', { processId: query.processId });
    if (after) {
      const [title, id] = after;
      if (typeof title !== 'string' || typeof id !== 'string' || !isUuid(id)) {
        throw new ValidationFailedException([
          { field: 'cursor', errors: ['cursor is not one this API gave'] },
        ]);
      }
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('tt.title > :afterTitle', { afterTitle: title })
            .orWhere('tt.title = :afterTitle AND tt.id > :afterId', { afterId: id }),
        ),
      );
    }
    return toPage(await qb.getMany(), limit, (tt) => [tt.title, tt.id], toTaskTemplateResponse);
  }

  async get(member: WorkspaceMember, id: string): Promise<TaskTemplateResponse> {
    const template = await this.dataSource.manager.findOneBy(TaskTemplateEntity, {
      id,
      workspaceId: member.workspaceId,
    });
    if (!template) throw new NotFoundException('Task template not found');
    return toTaskTemplateResponse(template);
  }

  /**
   * A template from a process: its title, and a checklist of its steps (the list items of its
   * body). A process without steps makes a template with an empty checklist.
   */
  async createFromProcess(
    member: WorkspaceMember,
    processId: string,
    input: CreateTaskTemplateInput,
  ): Promise<TaskTemplateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.processes.findInWorkspace(manager, member, processId);
      const template = await manager.save(
        manager.create(TaskTemplateEntity, {
          workspaceId: member.workspaceId,
          processId,
          title: input.title ?? process.title,
          description: input.description ?? '',
          checklist: parseProcessSteps(process.body).map((title) => ({ title })),
          createdById: member.userId,
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'task_template.created',
        entityType: 'task_template',
        entityId: template.id,
        changes: diffFields(null, template, ['processId', 'title', 'description', 'checklist']),
      });
      return toTaskTemplateResponse(template);
    });
  }
}
