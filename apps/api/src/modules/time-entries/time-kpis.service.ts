import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  canSeeMoney,
  engagementValue,
  grantFor,
  inClientScope,
  monthKeyOf,
  moneyFigures,
  monthsOfPeriod,
  objectivesProgress,
  periodBounds,
  periodWeekStarts,
  todayIn,
  type ClientBudgetBurn,
  type Engagement,
  type HoursWeek,
  type KeyResultValues,
  type MoneyFigures,
  type ObjectiveProgress,
  type Period,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { BudgetsService } from '../clients/budgets.service';
import { roundHours, toClientBudgetBurn } from '../clients/dto/budget.output';
import { SqlParams } from './sql-params';

/** The time figures of the dashboard (SPEC.md, "KPI definitions"). */
export interface TimeKpis {
  /** Hours of the entries starting in the period. */
  hoursLogged: number;
  billableHours: number;
  /** Per week of the period (Monday to Sunday in the workspace's time zone), zero weeks included. */
  hoursByWeek: HoursWeek[];
  /** Per client, the current month; empty for a VA. */
  budgetBurn: ClientBudgetBurn[];
  /** Mean progress of the key results of the objectives overlapping the period. */
  objectivesProgress: number | null;
  /** Those objectives, each with its own progress, in the order of their periods. */
  objectives: ObjectiveProgress[];
  /** Only for roles that may see money. */
  money?: MoneyFigures;
}

export interface HoursRow {
  client_id: string;
  month: string;
  minutes: number;
  billable_minutes: number;
  cost_minute_cents: string;
}

export interface WeekRow {
  /** The Monday `YYYY-MM-DD` of the week the entries start in, in the workspace's time zone. */
  week_start: string;
  minutes: number;
  billable_minutes: number;
}

/** A row of the hours-and-weeks query: a client's month, or a week of the period. */
type EntryTotalsRow = ({ kind: 'month' } & HoursRow) | ({ kind: 'week' } & WeekRow);

/** Which entries the time figures count. */
interface EntryScope {
  member: WorkspaceMember;
  period: Period;
  /** The clients counted; null means every client. */
  clientIds: string[] | null;
  /** A VA's personal view counts only her own entries. */
  personal: boolean;
}

/** The conditions on `time_entries te` that keep the finished entries of the scope. */
function entriesWhere({ member, period, clientIds, personal }: EntryScope, p: SqlParams): string {
  const { start, end } = periodBounds(period);
  return [
    `te.workspace_id = ${p.add(member.workspaceId)}`,
    'te.minutes IS NOT NULL',
    `te.started_at >= ${p.add(start)}`,
    `te.started_at < ${p.add(end)}`,
    ...(clientIds ? [`te.client_id = ANY(${p.add(clientIds)}::uuid[])`] : []),
    ...(personal ? [`te.user_id = ${p.add(member.userId)}`] : []),
  ].join(' AND ');
}

/** A key result of an objective of the period; null values for an objective without any. */
export interface ObjectiveKeyResultRow {
  objective_id: string;
  title: string;
  start: number | null;
  target: number | null;
  current: number | null;
}

export interface TermsRow {
  id: string;
  engagement: Engagement;
  hourly_rate_cents: number | null;
  monthly_amount_cents: number | null;
  commission_percent: number | null;
  archived: boolean;
  /** Recorded revenue per month `YYYY-MM` of the period. */
  revenues: Record<string, number | string>;
}

/**
 * The time figures of the KPI dashboard, in a few grouped SQL queries. The dashboard module
 * merges them into its response. Money over a period: hourly clients by the billable time of
 * the period; monthly amounts (retainers, fixed fees and their commission) prorated by the days
 * of each month the period covers; cost at each member's hourly cost.
 */
@Injectable()
export class TimeKpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetsService,
  ) {}

  /**
   * `period` is in the workspace's time zone; `clientId` (within the member's scope, else 404)
   * narrows every figure but objectives, which belong to no client. A VA gets her own hours,
   * the objectives, and no budgets.
   */
  async forDashboard(
    member: WorkspaceMember,
    period: Period,
    onlyClientId?: string,
    now: Date = new Date(),
  ): Promise<TimeKpis> {
    const clientId = onlyClientId?.toLowerCase();
    if (clientId !== undefined && !inClientScope(member, clientId)) {
      throw new NotFoundException('Client not found');
    }
    const clientIds =
      clientId !== undefined
        ? [clientId]
        : member.clientIds.length > 0
          ? [...member.clientIds]
          : null;
    const personal = grantFor(member.role, 'dashboard.viewTeam') === 'none';
    const money = canSeeMoney(member);
    const scope: EntryScope = { member, period, clientIds, personal };
    const [{ hours, weeks }, objectiveRows, budgetBurn, terms] = await Promise.all([
      this.hoursAndWeeks(scope),
      this.objectives(member.workspaceId, period),
      personal ? Promise.resolve([]) : this.budgetBurn(member, clientIds, now),
      money ? this.terms(member.workspaceId, period, clientIds) : Promise.resolve(null),
    ]);
    const minutes = hours.reduce((total, row) => total + row.minutes, 0);
    const billable = hours.reduce((total, row) => total + row.billable_minutes, 0);
    const { keyResults, objectives } = toObjectivesOfPeriod(objectiveRows);
    const kpis: TimeKpis = {
      hoursLogged: roundHours(minutes / 60),
      billableHours: roundHours(billable / 60),
      hoursByWeek: toHoursByWeek(period, weeks),
      budgetBurn,
      objectivesProgress: objectivesProgress(keyResults),
      objectives,
    };
    if (terms) kpis.money = moneyOfPeriod(period, hours, terms);
    return kpis;
  }

  /**
   * In one pass over the entries of the period (an index-only scan of
   * time_entries_workspace_started_idx): minutes, billable minutes and their cost per client and
   * month, and minutes per week. Each entry's local day is computed once, in `days`; the months
   * and weeks (from Monday, in the workspace's zone) are derived from those few rows, and the
   * hourly cost is joined to them rather than to each entry.
   */
  private async hoursAndWeeks(scope: EntryScope): Promise<{ hours: HoursRow[]; weeks: WeekRow[] }> {
    const p = new SqlParams();
    const where = entriesWhere(scope, p);
    const rows = (await this.dataSource.query(
      `WITH days AS (
         SELECT te.client_id, te.user_id,
                (te.started_at AT TIME ZONE ${p.add(scope.period.timeZone)})::date AS day,
                sum(te.minutes) AS minutes,
                sum(te.minutes) FILTER (WHERE te.billable) AS billable_minutes
           FROM time_entries te
          WHERE ${where}
          GROUP BY 1, 2, 3)
       SELECT 'month' AS kind, d.client_id, to_char(d.day, 'YYYY-MM') AS month, NULL AS week_start,
              sum(d.minutes)::int AS minutes,
              coalesce(sum(d.billable_minutes), 0)::int AS billable_minutes,
              sum(d.minutes * coalesce(m.hourly_cost_cents, 0))::text AS cost_minute_cents
         FROM days d
         LEFT JOIN memberships m
           ON m.workspace_id = ${p.add(scope.member.workspaceId)} AND m.user_id = d.user_id
        GROUP BY 2, 3
       UNION ALL
       SELECT 'week', NULL, NULL, to_char(d.day - (extract(isodow FROM d.day)::int - 1), 'YYYY-MM-DD'),
              sum(d.minutes)::int, coalesce(sum(d.billable_minutes), 0)::int, NULL
         FROM days d
        GROUP BY 4`,
      p.values,
    )) as EntryTotalsRow[];
    return {
      hours: rows.flatMap((row) => (row.kind === 'month' ? [row] : [])),
      weeks: rows.flatMap((row) => (row.kind === 'week' ? [row] : [])),
    };
  }

  /** The objectives whose period overlaps the dashboard's, with their key results. */
  private objectives(workspaceId: string, period: Period): Promise<ObjectiveKeyResultRow[]> {
    return this.dataSource.query(
      `SELECT o.id AS objective_id, o.title, kr.start, kr.target, kr.current
         FROM objectives o LEFT JOIN key_results kr ON kr.objective_id = o.id
        WHERE o.workspace_id = $1 AND o.period_start < $2::date AND o.period_end >= $3::date
        ORDER BY o.period_start, o.title, o.id, kr.position`,
      [workspaceId, period.to, period.from],
    ) as Promise<ObjectiveKeyResultRow[]>;
  }

  /** The budget burn of the current month, per client (SPEC: "in the current month"). */
  private async budgetBurn(
    member: WorkspaceMember,
    clientIds: string[] | null,
    now: Date,
  ): Promise<ClientBudgetBurn[]> {
    const today = todayIn(member.timeZone, now);
    const rows = await this.budgets.clientMonths(
      this.dataSource.manager,
      member.workspaceId,
      clientIds,
      monthKeyOf(today),
      member.timeZone,
    );
    return rows.map((row) => toClientBudgetBurn(row, today));
  }

  /** How each client of the scope pays, with the revenues recorded for the months of the period. */
  private terms(
    workspaceId: string,
    period: Period,
    clientIds: string[] | null,
  ): Promise<TermsRow[]> {
    const params: unknown[] = [workspaceId, `${period.from.slice(0, 7)}-01`, period.to];
    const scope = clientIds ? `AND c.id = ANY($${params.push(clientIds)}::uuid[])` : '';
    return this.dataSource.query(
      `SELECT c.id, c.engagement, c.hourly_rate_cents, c.monthly_amount_cents,
              c.commission_percent::float8 AS commission_percent,
              c.archived_at IS NOT NULL AS archived,
              coalesce(json_object_agg(to_char(r.month, 'YYYY-MM'), r.revenue_cents)
                         FILTER (WHERE r.id IS NOT NULL), '{}') AS revenues
         FROM clients c
         LEFT JOIN client_revenues r
           ON r.client_id = c.id AND r.month >= $2::date AND r.month < $3::date
        WHERE c.workspace_id = $1 ${scope}
        GROUP BY c.id`,
      params,
    ) as Promise<TermsRow[]>;
  }
}

/** All the key results of the period, and each objective's own progress, in the rows' order. */
export function toObjectivesOfPeriod(rows: readonly ObjectiveKeyResultRow[]): {
  keyResults: KeyResultValues[];
  objectives: ObjectiveProgress[];
} {
  const byObjective = new Map<string, { title: string; keyResults: KeyResultValues[] }>();
  for (const row of rows) {
    const objective = byObjective.get(row.objective_id) ?? { title: row.title, keyResults: [] };
    byObjective.set(row.objective_id, objective);
    if (row.start !== null && row.target !== null && row.current !== null) {
      objective.keyResults.push({ start: row.start, target: row.target, current: row.current });
    }
  }
  const objectives = [...byObjective].map(([objectiveId, { title, keyResults }]) => ({
    objectiveId,
    title,
    progress: objectivesProgress(keyResults),
  }));
  return {
    keyResults: [...byObjective.values()].flatMap((objective) => objective.keyResults),
    objectives,
  };
}

/** Every week of the period in order, zero weeks included, in hours to two decimals. */
export function toHoursByWeek(period: Period, rows: readonly WeekRow[]): HoursWeek[] {
  const byWeek = new Map(rows.map((row) => [row.week_start, row]));
  return periodWeekStarts(period.from, period.to).map((weekStart) => {
    const row = byWeek.get(weekStart);
    return {
      weekStart,
      hours: roundHours(Number(row?.minutes ?? 0) / 60),
      billableHours: roundHours(Number(row?.billable_minutes ?? 0) / 60),
    };
  });
}

/**
 * What the clients pay over the period and what the time cost. Archived clients count only
 * when time was logged on them in the period (as in the budgets).
 */
export function moneyOfPeriod(
  period: Period,
  hours: readonly HoursRow[],
  terms: readonly TermsRow[],
): MoneyFigures {
  const billable = new Map<string, number>();
  const logged = new Set<string>();
  let cost = 0;
  for (const row of hours) {
    billable.set(`${row.client_id}:${row.month}`, row.billable_minutes);
    logged.add(row.client_id);
    cost += Number(row.cost_minute_cents) / 60;
  }
  const months = monthsOfPeriod(period.from, period.to);
  let revenue = 0;
  for (const client of terms) {
    if (client.archived && !logged.has(client.id)) continue;
    for (const { month, days, daysInMonth } of months) {
      const recorded = client.revenues[month];
      revenue += engagementValue(
        {
          engagement: client.engagement,
          hourlyRateCents: client.hourly_rate_cents,
          monthlyAmountCents: client.monthly_amount_cents,
          commissionPercent: client.commission_percent,
        },
        {
          billableMinutes: billable.get(`${client.id}:${month}`) ?? 0,
          recordedRevenueCents: recorded === undefined ? null : Number(recorded),
          monthShare: days / daysInMonth,
        },
      );
    }
  }
  return moneyFigures(revenue, cost);
}
