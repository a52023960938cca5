import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  importReasonsMessage,
  normalizeEmail,
  parseCsv,
  parseImportDate,
  parseImportPriority,
  parseImportStatus,
  type CsvRecord,
  type DateOrder,
  type ImportField,
  type ImportReason,
  type ImportRowError,
  type TaskPriority,
  type TaskStatus,
} from '@relais/domain';
import { AuditService, diffFields } from '../../audit/audit.service';
import { DEFAULT_ATTEMPTS, JobQueue, type JobContext, type JobRequest } from '../../jobs/job-queue';
import { TaskEntity } from '../../tasks/task.entity';
import { TaskImportEntity } from '../task-import.entity';

export const TASK_IMPORT_JOB = 'task-import';

export interface TaskImportPayload {
  workspaceId: string;
  importId: string;
}

export function taskImportJob(payload: TaskImportPayload): JobRequest<TaskImportPayload> {
  return { name: TASK_IMPORT_JOB, data: payload, options: { jobId: `import-${payload.importId}` } };
}

/** Rows read per batch (the assignees of a batch are looked up in one query). */
const BATCH_SIZE = 100;
/** Bad rows kept with their reasons; the others are only counted. */
const MAX_ERRORS = 1000;
/** Limits of the tasks module. */
const TITLE_MAX_LENGTH = 300;
const DESCRIPTION_MAX_LENGTH = 20_000;
const POSITION_STEP = 1000;

const AUDITED_FIELDS = [
  'projectId',
  'clientId',
  'title',
  'description',
  'status',
  'priority',
  'assigneeId',
  'dueDate',
  'completedAt',
] as const satisfies readonly (keyof TaskEntity)[];

/** Another run of the same import got ahead (a stalled job run again): this one stops. */
class OvertakenRun extends Error {}

/** A bad row, or on line 0 the import as a whole: its reasons, and their English for API clients. */
function rowError(line: number, reasons: ImportReason[]): ImportRowError {
  return { line, message: importReasonsMessage(reasons), reasons };
}

interface ImportContext {
  importId: string;
  workspaceId: string;
  projectId: string;
  clientId: string;
  createdById: string | null;
  timeZone: string;
  dateOrder: DateOrder;
  columns: Partial<Record<ImportField, number>>;
  headerLength: number;
}

interface TaskRow {
  title: string;
  description: string;
  dueDate: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
}

/**
 * Runs a CSV import: each good row becomes a task in its own transaction, with the import's
 * progress, so a row is imported entirely or not at all, exactly once; bad rows are reported by
 * line. A run stopped midway (a crash, a retry) resumes after the last row counted.
 */
@Injectable()
export class TaskImportJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.queue.register<TaskImportPayload>(TASK_IMPORT_JOB, (data, context) =>
      this.handle(data, context),
    );
  }

  /** Imports left unfinished by a stopped process, or never enqueued, are queued again. */
  async onApplicationBootstrap(): Promise<void> {
    const unfinished = await this.dataSource.getRepository(TaskImportEntity).find({
      select: { id: true, workspaceId: true },
      where: [{ status: 'queued' }, { status: 'running' }],
      order: { createdAt: 'ASC' },
      take: 100,
    });
    try {
      for (const { id, workspaceId } of unfinished) {
        const job = taskImportJob({ workspaceId, importId: id });
        await this.queue.enqueue(job.name, job.data, job.options);
      }
    } catch (error) {
      // the queue is away: the next start-up tries again, rather than this one waiting on each
      this.logger.warn(`could not enqueue unfinished imports: ${(error as Error).message}`);
    }
  }

  async handle(
    payload: TaskImportPayload,
    { attempt }: Pick<JobContext, 'attempt'> = { attempt: 1 },
  ): Promise<void> {
    try {
      await this.run(payload);
    } catch (error) {
      if (error instanceof OvertakenRun) return;
      if (attempt >= DEFAULT_ATTEMPTS) {
        await this.fail(payload.importId, {
          code: 'import_stopped',
          params: { detail: (error as Error).message },
        });
      }
      throw error;
    }
  }

  private async run({ workspaceId, importId }: TaskImportPayload): Promise<void> {
    const imported = await this.dataSource
      .getRepository(TaskImportEntity)
      .findOneBy({ id: importId, workspaceId });
    if (!imported || imported.status === 'done' || imported.status === 'failed') return;
    const [project]: { client_id: string; time_zone: string }[] = await this.dataSource.query(
      `SELECT p.client_id, w.time_zone FROM projects p JOIN workspaces w ON w.id = p.workspace_id
        WHERE p.id = $1 AND p.workspace_id = $2`,
      [imported.projectId, workspaceId],
    );
    if (!project) return this.fail(importId, { code: 'project_missing', params: {} });

    const parsed = parseCsv(imported.csv);
    const [header, ...rows] = parsed.records;
    if (!header) return this.fail(importId, { code: 'no_header', params: {} });
    const names = header.fields.map((name) => name.trim());
    const { dateOrder, ...mapping } = imported.mapping;
    const columns: ImportContext['columns'] = {};
    for (const [field, column] of Object.entries(mapping)) {
      const index = names.indexOf(column.trim());
      if (index >= 0) columns[field as ImportField] = index;
    }
    const context: ImportContext = {
      importId,
      workspaceId,
      projectId: imported.projectId,
      clientId: project.client_id,
      createdById: imported.createdById,
      timeZone: project.time_zone,
      dateOrder: dateOrder === 'mdy' ? 'mdy' : 'dmy',
      columns,
      headerLength: names.length,
    };
    await this.dataSource
      .getRepository(TaskImportEntity)
      .update(
        { id: importId },
        { status: 'running', totalRows: rows.length + (parsed.error ? 1 : 0) },
      );

    for (let start = imported.processedRows; start < rows.length; start += BATCH_SIZE) {
      const batch = rows.slice(start, start + BATCH_SIZE);
      const assignees = await this.assignees(context, batch);
      const positions = await this.lastPositions(context.projectId);
      // bad rows in a row are counted together, with one write
      let rejected: ImportRowError[] = [];
      let firstRejected = start;
      for (const [offset, record] of batch.entries()) {
        const read = this.readRow(context, record, assignees);
        if (Array.isArray(read)) {
          if (rejected.length === 0) firstRejected = start + offset;
          rejected.push(rowError(record.line, read));
          continue;
        }
        if (rejected.length > 0) await this.reject(importId, firstRejected, rejected);
        rejected = [];
        // each new task goes to the end of its board column
        const position = (positions.get(read.status) ?? 0) + POSITION_STEP;
        positions.set(read.status, position);
        await this.importRow(context, start + offset, read, position);
      }
      if (rejected.length > 0) await this.reject(importId, firstRejected, rejected);
    }
    // a quoted field left open swallows the end of the file: one bad row, after the others
    if (parsed.error && imported.processedRows <= rows.length) {
      await this.reject(importId, rows.length, [
        rowError(parsed.error.line, [{ code: 'unclosed_quote', params: {} }]),
      ]);
    }
    await this.dataSource
      .getRepository(TaskImportEntity)
      .update({ id: importId }, { status: 'done', finishedAt: new Date() });
  }

  /** Emails of the batch's assignees → user ids, among active members working for the client. */
  private async assignees(
    context: ImportContext,
    batch: CsvRecord[],
  ): Promise<Map<string, string>> {
    const column = context.columns.assigneeEmail;
    if (column === undefined) return new Map();
    const emails = [
      ...new Set(batch.map((r) => normalizeEmail(r.fields[column] ?? '')).filter((e) => e !== '')),
    ];
    if (emails.length === 0) return new Map();
    const rows: { email: string; id: string }[] = await this.dataSource.query(
      `SELECT u.email, u.id FROM users u
         JOIN memberships m ON m.user_id = u.id AND m.workspace_id = $1 AND m.active
        WHERE u.email = ANY($3::text[])
          AND (cardinality(m.client_ids) = 0 OR $2 = ANY(m.client_ids))`,
      [context.workspaceId, context.clientId, emails],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** The task of a row, or what is wrong with it. */
  private readRow(
    context: ImportContext,
    record: CsvRecord,
    assignees: Map<string, string>,
  ): TaskRow | ImportReason[] {
    const cell = (field: ImportField) => {
      const index = context.columns[field];
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const problems: ImportReason[] = [];
    const extra = record.fields.slice(context.headerLength).filter((f) => f.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        code: 'extra_fields',
        params: { fields: record.fields.length, columns: context.headerLength },
      });
    }
    const title = cell('title');
    if (title === '') problems.push({ code: 'title_empty', params: {} });
    else if (title.length > TITLE_MAX_LENGTH) {
      problems.push({ code: 'title_too_long', params: { max: TITLE_MAX_LENGTH } });
    }
    const description = cell('description');
    if (description.length > DESCRIPTION_MAX_LENGTH) {
      problems.push({ code: 'description_too_long', params: { max: DESCRIPTION_MAX_LENGTH } });
    }
    const dueDate = parseImportDate(cell('dueDate'), {
      timeZone: context.timeZone,
      dateOrder: context.dateOrder,
    });
    if (dueDate === undefined) {
      problems.push({ code: 'invalid_date', params: { value: cell('dueDate') } });
    }
    const status = parseImportStatus(cell('status'), context.timeZone);
    if (status === undefined) {
      problems.push({ code: 'unknown_status', params: { value: cell('status') } });
    }
    const priority = parseImportPriority(cell('priority'));
    if (priority === undefined) {
      problems.push({ code: 'unknown_priority', params: { value: cell('priority') } });
    }
    const email = normalizeEmail(cell('assigneeEmail'));
    const assigneeId = email === '' ? null : (assignees.get(email) ?? undefined);
    if (assigneeId === undefined) {
      problems.push({ code: 'unknown_assignee', params: { email } });
    }
    if (problems.length > 0) return problems;
    return {
      title,
      description,
      dueDate: dueDate ?? null,
      status: status ?? 'todo',
      priority: priority ?? 'normal',
      assigneeId: assigneeId ?? null,
    };
  }

  /** The last position of each board column of the project. */
  private async lastPositions(projectId: string): Promise<Map<string, number>> {
    const rows: { status: string; position: number }[] = await this.dataSource.query(
      'SELECT status, MAX(position) AS position FROM tasks WHERE project_id = $1 GROUP BY status',
      [projectId],
    );
    return new Map(rows.map((row) => [row.status, Number(row.position)]));
  }

  /** The row's task and the progress that counts it, together or not at all. */
  private async importRow(
    context: ImportContext,
    row: number,
    task: TaskRow,
    position: number,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const advanced = await manager
        .createQueryBuilder()
        .update(TaskImportEntity)
        .set({
          processedRows: () => 'processed_rows + 1',
          importedRows: () => 'imported_rows + 1',
        })
        .where('id = :id AND processed_rows = :row', { id: context.importId, row })
        .execute();
      if (advanced.affected !== 1) throw new OvertakenRun();
      const values = {
        workspaceId: context.workspaceId,
        projectId: context.projectId,
        clientId: context.clientId,
        title: task.title,
        description: task.description,
        status: task.status,
        priority: task.priority,
        assigneeId: task.assigneeId,
        createdById: context.createdById,
        dueDate: task.dueDate,
        completedAt: task.status === 'done' ? new Date() : null,
        position,
        checklist: [],
        recurrence: null,
        processId: null,
      };
      const { identifiers } = await manager.insert(TaskEntity, values);
      await this.audit.record(manager, {
        workspaceId: context.workspaceId,
        actorId: context.createdById,
        action: 'task.created',
        entityType: 'task',
        entityId: String(identifiers[0].id),
        changes: {
          ...diffFields(null, values, AUDITED_FIELDS),
          importId: { before: null, after: context.importId },
        },
      });
    });
  }

  /** Counts bad rows from `row` on and keeps why (the first MAX_ERRORS of them). */
  private async reject(importId: string, row: number, errors: ImportRowError[]): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(TaskImportEntity)
      .set({
        processedRows: () => `processed_rows + ${errors.length}`,
        errors: () =>
          `CASE WHEN jsonb_array_length(errors) < ${MAX_ERRORS}
                THEN errors || CAST(:errors AS jsonb) ELSE errors END`,
      })
      .where('id = :id AND processed_rows = :row', { id: importId, row })
      .setParameter('errors', JSON.stringify(errors.slice(0, MAX_ERRORS)))
      .execute();
    if (result.affected !== 1) throw new OvertakenRun();
  }

  /** The import as a whole could not run; line 0 means "not a row". */
  private async fail(importId: string, reason: ImportReason): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(TaskImportEntity)
      .set({
        status: 'failed',
        finishedAt: () => 'now()',
        errors: () => 'errors || CAST(:error AS jsonb)',
      })
      .where('id = :id', { id: importId })
      .setParameter('error', JSON.stringify([rowError(0, [reason])]))
      .execute();
  }
}
