import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TimeKpisService } from '../time-entries/time-kpis.service';
import { DataSource } from 'typeorm';
import {
  InvalidPeriodError,
  addCalendarDays,
  inClientScope,
  isLimitedToOwn,
  periodBounds,
  resolvePeriod,
  todayIn,
  type DashboardResponse,
  type Period,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException } from '../../common/http/validation';
import { visibleProjectsCondition } from '../projects/project-visibility';
import type { DashboardQuery } from './dto/dashboard.input';
import {
  toDashboardResponse,
  type CompletionsRow,
  type ProjectsRow,
  type WorkloadQueryRow,
} from './dto/dashboard.output';

/** Days of the workload window `[today, today + 7)`. */
const WORKLOAD_DAYS = 7;

/** Which tasks the figures count. */
interface TaskScope {
  workspaceId: string;
  /** The clients counted; null means every client. */
  clientIds: string[] | null;
  /** A VA's personal view counts only the tasks assigned to her. */
  assigneeId: string | null;
}

/** Positional parameters of a raw query: `p.add(value)` returns its `$n`. */
class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The conditions on a tasks alias that keep the tasks of the scope. */
function taskScopeSql(scope: TaskScope, alias: string, params: SqlParams): string {
  const parts = [`${alias}.workspace_id = ${params.add(scope.workspaceId)}`];
  if (scope.clientIds)
    parts.push(`${alias}.client_id = ANY(${params.add(scope.clientIds)}::uuid[])`);
  if (scope.assigneeId) parts.push(`${alias}.assignee_id = ${params.add(scope.assigneeId)}`);
  return parts.join(' AND ');
}

/**
 * The KPI dashboard (SPEC.md, "KPI definitions"), computed in SQL in the workspace's time zone:
 * one query per family of figures, each served by an index of `tasks` or `projects`.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeKpis: TimeKpisService,
  ) {}

  async get(
    member: WorkspaceMember,
    query: DashboardQuery,
    now: Date = new Date(),
  ): Promise<DashboardResponse> {
    const timeZone = member.timeZone;
    const today = todayIn(timeZone, now);
    const period = toPeriod(query, today, timeZone);
    const clientIds = await this.clientsOf(member, query.clientId);
    const personal = isLimitedToOwn(member, 'dashboard.view');
    const scope: TaskScope = {
      workspaceId: member.workspaceId,
      clientIds,
      assigneeId: personal ? member.userId : null,
    };
    const [completions, tasksOverdue, projects, workload, time] = await Promise.all([
      this.completions(scope, period),
      this.overdue(scope, today),
      this.projects(member, clientIds, period),
      this.workload(scope, today),
      this.timeKpis.forDashboard(member, period, query.clientId, now),
    ]);
    return {
      ...toDashboardResponse({ period, completions, tasksOverdue, projects, workload }),
      ...time,
    };
  }

  /**
   * The clients the figures cover: the `clientId` asked for (404 when it is not a client of the
   * workspace within the member's scope, as if it did not exist), else the member's scope.
   */
  private async clientsOf(
    member: WorkspaceMember,
    clientId: string | undefined,
  ): Promise<string[] | null> {
    if (clientId === undefined) return member.clientIds.length > 0 ? [...member.clientIds] : null;
    const id = clientId.toLowerCase();
    if (!inClientScope(member, id)) throw new NotFoundException('Client not found');
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM clients WHERE id = $1 AND workspace_id = $2',
      [id, member.workspaceId],
    );
    if (rows.length === 0) throw new NotFoundException('Client not found');
    return [id];
  }

  /**
   * Tasks completed in the period, per ISO week of their local completion date, with how many
   * had a due date and how many were completed on or before it (tasks_workspace_completed_idx).
   * Grouping by day first formats each day's week once rather than each task's.
   */
  private completions(scope: TaskScope, period: Period): Promise<CompletionsRow[]> {
    const { start, end } = periodBounds(period);
    const p = new SqlParams();
    const tz = p.add(period.timeZone);
    const where = taskScopeSql(scope, 't', p);
    return this.dataSource.query(
      `SELECT to_char(d.local_date, 'IYYY-"W"IW') AS week,
              sum(d.completed)::int AS completed,
              sum(d.measured)::int AS measured,
              sum(d.on_time)::int AS on_time
         FROM (SELECT l.local_date,
                      count(*) AS completed,
                      count(t.due_date) AS measured,
                      count(*) FILTER (WHERE l.local_date <= t.due_date) AS on_time
                 FROM tasks t
                CROSS JOIN LATERAL (SELECT (t.completed_at AT TIME ZONE ${tz})::date AS local_date) l
                WHERE ${where}
                  AND t.completed_at >= ${p.add(start)} AND t.completed_at < ${p.add(end)}
                GROUP BY l.local_date) d
        GROUP BY 1`,
      p.values,
    );
  }

  /** Tasks not done, due before today (tasks_workspace_open_due_idx, a partial index). */
  private async overdue(scope: TaskScope, today: string): Promise<number> {
    const p = new SqlParams();
    const where = taskScopeSql(scope, 't', p);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS overdue
         FROM tasks t
        WHERE ${where} AND t.status <> 'done' AND t.due_date < ${p.add(today)}::date`,
      p.values,
    )) as { overdue: number }[];
    return row.overdue;
  }

  /**
   * Projects completed in the period that had a due date, and how many of them on time. A VA
   * counts the projects she may view (member of, or with a task of hers).
   */
  private async projects(
    member: WorkspaceMember,
    clientIds: string[] | null,
    period: Period,
  ): Promise<ProjectsRow> {
    const { start, end } = periodBounds(period);
    const visible = visibleProjectsCondition(member, 'p');
    const qb = this.dataSource
      .createQueryBuilder()
      .select('count(p.due_date)::int', 'measured')
      .addSelect(
        'count(*) FILTER (WHERE (p.completed_at AT TIME ZONE :tz)::date <= p.due_date)::int',
        'on_time',
      )
      .from('projects', 'p')
      .where(visible.sql, visible.params)
      .andWhere('p.completed_at >= :start AND p.completed_at < :end', { start, end })
      .setParameter('tz', period.timeZone);
    if (clientIds) qb.andWhere('p.client_id = ANY(:clientIds::uuid[])', { clientIds });
    const row = await qb.getRawOne<ProjectsRow>();
    return row ?? { measured: 0, on_time: 0 };
  }

  /**
   * Per active member (only herself for a VA): open tasks assigned to them and the estimate of
   * those due in `[today, today + 7)`. One pass over the open tasks of the workspace
   * (tasks_workspace_open_due_idx), or over the VA's (with tasks_assignee_idx).
   */
  private workload(scope: TaskScope, today: string): Promise<WorkloadQueryRow[]> {
    const p = new SqlParams();
    const from = p.add(today);
    const to = p.add(addCalendarDays(today, WORKLOAD_DAYS));
    const taskWhere = taskScopeSql(scope, 't', p);
    const memberWhere = [
      `m.workspace_id = ${p.add(scope.workspaceId)}`,
      'm.active',
      ...(scope.assigneeId ? [`m.user_id = ${p.add(scope.assigneeId)}`] : []),
    ].join(' AND ');
    return this.dataSource.query(
      `SELECT m.user_id, u.name, m.weekly_capacity_hours::float8 AS weekly_capacity_hours,
              coalesce(w.open_tasks, 0)::int AS open_tasks,
              coalesce(w.minutes, 0)::int AS minutes_next_7_days
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN (SELECT t.assignee_id,
                           count(*) AS open_tasks,
                           sum(t.estimate_minutes) FILTER (
                             WHERE t.due_date >= ${from}::date AND t.due_date < ${to}::date) AS minutes
                      FROM tasks t
                     WHERE ${taskWhere} AND t.status <> 'done' AND t.assignee_id IS NOT NULL
                     GROUP BY t.assignee_id) w ON w.assignee_id = m.user_id
        WHERE ${memberWhere}
        ORDER BY u.name, m.user_id`,
      p.values,
    );
  }
}

/** The period asked for; a bad `from` or `to` is a 400 naming it. */
function toPeriod(query: DashboardQuery, today: string, timeZone: string): Period {
  try {
    return resolvePeriod({ from: query.from, to: query.to }, today, timeZone);
  } catch (error) {
    if (error instanceof InvalidPeriodError) {
      throw new ValidationFailedException([{ field: error.field, errors: [error.message] }]);
    }
    throw error;
  }
}
