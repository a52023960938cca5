import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeWindows1252,
  IMPORT_FIELDS,
  isLimitedToOwn,
  parseCsv,
  type TaskImportResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException, type FieldError } from '../../common/http/validation';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue';
import { ProjectEntity } from '../projects/project.entity';
import { visibleProjectsCondition } from '../projects/project-visibility';
import type { CreateTaskImportInput } from './dto/task-import.input';
import { toTaskImportResponse } from './dto/task-import.output';
import { taskImportJob } from './jobs/task-import.job';
import { TaskImportEntity } from './task-import.entity';

/** The largest CSV accepted: exports of a few thousand tasks fit well within it. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** A file sent as multipart/form-data (multer's fields we use). */
export interface UploadedCsv {
  buffer: Buffer;
  size: number;
}

/**
 * Text of an uploaded file: UTF-8 (with a byte order mark, as Excel's "CSV UTF-8" writes it, or
 * without), or else Windows-1252, as Excel's plain CSV writes it in France. Not latin1: French
 * text uses Windows-1252's own letters (œ, ’, €), and the web client decodes the same way, so
 * the header it maps is the one read here.
 */
function decodeCsv(buffer: Buffer): string {
  const utf8 = buffer.toString('utf8');
  const hasBom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return hasBom || !utf8.includes('\uFFFD') ? utf8 : decodeWindows1252(buffer);
}

/** CSV imports of tasks: checked and recorded here, run by the task-import job. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async create(
    member: WorkspaceMember,
    input: CreateTaskImportInput,
    file?: UploadedCsv,
  ): Promise<{ id: string }> {
    this.assertMayImport(member);
    const csv = this.csvOf(input, file);
    const project = await this.findProject(member, input.projectId);
    this.assertColumnsExist(csv, input.mapping);
    const id = await this.dataSource.transaction(async (manager) => {
      // the column of each field, and how to read dates
      const mapping: Record<string, string> = Object.fromEntries(
        IMPORT_FIELDS.filter((field) => input.mapping[field] !== undefined).map((field) => [
          field,
          input.mapping[field]!,
        ]),
      );
      mapping.dateOrder = input.dateOrder ?? 'dmy';
      const created = await manager.save(
        manager.create(TaskImportEntity, {
          workspaceId: member.workspaceId,
          projectId: project.id,
          createdById: member.userId,
          status: 'queued',
          mapping,
          csv,
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'task_import.created',
        entityType: 'task_import',
        entityId: created.id,
        changes: {
          projectId: { before: null, after: project.id },
          mapping: { before: null, after: mapping },
        },
      });
      return created.id;
    });
    const job = taskImportJob({ workspaceId: member.workspaceId, importId: id });
    try {
      await this.queue.enqueue(job.name, job.data, job.options);
    } catch (error) {
      // still queued in the database: queued imports are enqueued again at start-up
      this.logger.warn(`could not enqueue import ${id}: ${(error as Error).message}`);
    }
    return { id };
  }

  /** Progress of an import of a project the member may see. */
  async get(member: WorkspaceMember, id: string): Promise<TaskImportResponse> {
    this.assertMayImport(member);
    const visible = visibleProjectsCondition(member, 'p');
    const found = await this.dataSource
      .getRepository(TaskImportEntity)
      .createQueryBuilder('i')
      .innerJoin(ProjectEntity, 'p', 'p.id = i.project_id')
      .where('i.id = :id AND i.workspace_id = :ws', { id, ws: member.workspaceId })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!found) throw new NotFoundException('Import not found');
    return toTaskImportResponse(found);
  }

  /** Importing creates tasks for others: members who create only their own tasks may not. */
  private assertMayImport(member: WorkspaceMember): void {
    if (isLimitedToOwn(member, 'tasks.create')) {
      throw new ForbiddenException('Your role may not import tasks');
    }
  }

  private csvOf(input: CreateTaskImportInput, file: UploadedCsv | undefined): string {
    if ((input.csv === undefined) === (file === undefined)) {
      throw new ValidationFailedException([
        { field: 'csv', errors: ['send the CSV either as csv (JSON) or as file (multipart)'] },
      ]);
    }
    if (file) return decodeCsv(file.buffer);
    if (Buffer.byteLength(input.csv!, 'utf8') > MAX_CSV_BYTES) {
      throw new PayloadTooLargeException('The CSV may not exceed 5 MB');
    }
    return input.csv!;
  }

  private async findProject(member: WorkspaceMember, projectId: string): Promise<ProjectEntity> {
    const visible = visibleProjectsCondition(member, 'p');
    const project = await this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where('p.id = :projectId', { projectId })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!project) throw new NotFoundException('Project not found');
    if (project.archivedAt) {
      throw new ValidationFailedException([
        { field: 'projectId', errors: ['projectId is an archived project'] },
      ]);
    }
    return project;
  }

  /** Every mapped column must be in the header (the first record), or the mapping is wrong. */
  private assertColumnsExist(csv: string, mapping: CreateTaskImportInput['mapping']): void {
    const [header] = parseCsv(csv, { maxRecords: 1 }).records;
    if (!header) {
      throw new ValidationFailedException([{ field: 'csv', errors: ['csv has no header line'] }]);
    }
    const columns = new Set(header.fields.map((name) => name.trim()));
    const errors: FieldError[] = IMPORT_FIELDS.filter(
      (field) => mapping[field] !== undefined && !columns.has(mapping[field]!.trim()),
    ).map((field) => ({
      field: `mapping.${field}`,
      errors: [`the CSV has no column "${mapping[field]}"`],
    }));
    if (errors.length > 0) throw new ValidationFailedException(errors);
  }
}
