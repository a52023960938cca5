import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canSeeMoney,
  firstDayOfMonth,
  inClientScope,
  lastDayOfMonth,
  monthKeyOf,
  monthPeriod,
  periodBounds,
  todayIn,
  type BudgetsResponse,
  type ClientRevenueResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService } from '../audit/audit.service';
import { ClientRevenueEntity } from './client-revenue.entity';
import type { BudgetsQuery, RecordRevenueInput } from './dto/budget.input';
import { toBudgetsResponse, type ClientMonthRow } from './dto/budget.output';

/**
 * Who records a client's monthly revenue (the base of a commission): a founder (a founder
 * limited to one client records her own business's revenue), or the workspace owner when her
 * role may see money. Route-level `money.view` has already kept OBMs and VAs out.
 */
export function canRecordRevenue(member: Pick<WorkspaceMember, 'role' | 'owner'>): boolean {
  return canSeeMoney(member) && (member.role === 'founder' || member.owner);
}

/**
 * Engagements and budgets: per client, the hours of a month against its monthly hours budget,
 * with the linear projection, and for roles that may see money what the client pays, what the
 * time cost and the margin.
 */
@Injectable()
export class BudgetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forMonth(
    member: WorkspaceMember,
    query: BudgetsQuery,
    now: Date = new Date(),
  ): Promise<BudgetsResponse> {
    const today = todayIn(member.timeZone, now);
    const current = monthKeyOf(today);
    const month = query.month ?? current;
    if (month > current) {
      throw new ValidationFailedException([
        { field: 'month', errors: ['month must not be in the future'] },
      ]);
    }
    const rows = await this.clientMonths(
      this.dataSource.manager,
      member.workspaceId,
      member.clientIds.length > 0 ? member.clientIds : null,
      month,
      member.timeZone,
    );
    // a past month is measured to its last day
    const measuredTo = month === current ? today : lastDayOfMonth(month);
    return toBudgetsResponse(month, member.timeZone, rows, measuredTo, canSeeMoney(member));
  }

  /**
   * Per client of the scope (`clientIds` null: every client of the workspace): minutes and
   * billable minutes logged in the month, what they cost at each member's hourly cost, and the
   * revenue recorded. Archived clients appear only when time was logged on them that month.
   * Time belongs to the month its entry starts in, in the workspace's time zone.
   */
  async clientMonths(
    manager: EntityManager,
    workspaceId: string,
    clientIds: readonly string[] | null,
    month: string,
    timeZone: string,
  ): Promise<ClientMonthRow[]> {
    const { start, end } = periodBounds(monthPeriod(month, timeZone));
    const params: unknown[] = [workspaceId, start, end, firstDayOfMonth(month)];
    const scope = clientIds ? `AND c.id = ANY($${params.push(clientIds)}::uuid[])` : '';
    return manager.query(
      `SELECT c.id, c.name, c.engagement, c.hourly_rate_cents, c.monthly_amount_cents,
              c.monthly_hours_budget::float8 AS monthly_hours_budget,
              c.commission_percent::float8 AS commission_percent,
              coalesce(t.minutes, 0)::int AS minutes,
              coalesce(t.billable_minutes, 0)::int AS billable_minutes,
              coalesce(t.cost_minute_cents, 0)::text AS cost_minute_cents,
              r.revenue_cents::text AS client_revenue_cents
         FROM clients c
         LEFT JOIN (SELECT te.client_id,
                           sum(te.minutes) AS minutes,
                           sum(te.minutes) FILTER (WHERE te.billable) AS billable_minutes,
                           sum(te.minutes::bigint * coalesce(m.hourly_cost_cents, 0)) AS cost_minute_cents
                      FROM time_entries te
                      LEFT JOIN memberships m
                        ON m.workspace_id = te.workspace_id AND m.user_id = te.user_id
                     WHERE te.workspace_id = $1 AND te.minutes IS NOT NULL
                       AND te.started_at >= $2 AND te.started_at < $3
                     GROUP BY te.client_id) t ON t.client_id = c.id
         LEFT JOIN client_revenues r ON r.client_id = c.id AND r.month = $4::date
        WHERE c.workspace_id = $1 ${scope}
          AND (c.archived_at IS NULL OR t.minutes > 0)
        ORDER BY c.name, c.id`,
      params,
    ) as Promise<ClientMonthRow[]>;
  }

  /** Records (or corrects) a client's revenue for a month; audited. */
  async recordRevenue(
    member: WorkspaceMember,
    clientId: string,
    month: string,
    input: RecordRevenueInput,
    now: Date = new Date(),
  ): Promise<ClientRevenueResponse> {
    if (!canRecordRevenue(member)) {
      throw new ForbiddenException('Only a founder or the owner records revenue');
    }
    if (month > monthKeyOf(todayIn(member.timeZone, now))) {
      throw new ValidationFailedException([
        { field: 'month', errors: ['month must not be in the future'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const client = (await manager.query(
        'SELECT id FROM clients WHERE id = $1 AND workspace_id = $2 FOR SHARE',
        [clientId, member.workspaceId],
      )) as { id: string }[];
      if (client.length === 0 || !inClientScope(member, clientId)) {
        throw new NotFoundException('Client not found');
      }
      const day = firstDayOfMonth(month);
      const before = await manager.findOne(ClientRevenueEntity, {
        where: { clientId, month: day },
        lock: { mode: 'pessimistic_write' },
      });
      const revenueCents = String(input.revenueCents);
      let saved: ClientRevenueEntity;
      if (before) {
        saved = await manager.save(ClientRevenueEntity, { ...before, revenueCents });
      } else {
        // a concurrent first recording makes this insert fail with 409 (unique client, month)
        saved = await manager.save(
          manager.create(ClientRevenueEntity, {
            workspaceId: member.workspaceId,
            clientId,
            month: day,
            revenueCents,
          }),
        );
      }
      const revenue = {
        before: before ? Number(before.revenueCents) : null,
        after: input.revenueCents,
      };
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'client.revenue_recorded',
        entityType: 'client_revenue',
        entityId: saved.id,
        changes: before
          ? { revenueCents: revenue }
          : {
              clientId: { before: null, after: clientId },
              month: { before: null, after: month },
              revenueCents: revenue,
            },
      });
      return {
        clientId,
        month,
        revenueCents: Number(saved.revenueCents),
        createdAt: saved.createdAt.toISOString(),
        updatedAt: saved.updatedAt.toISOString(),
      };
    });
  }
}
