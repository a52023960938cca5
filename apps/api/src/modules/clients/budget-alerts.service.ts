import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  burnThresholdsCrossed,
  firstDayOfMonth,
  localDateIn,
  monthKeyOf,
  monthPeriod,
  periodBounds,
} from '@relais/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import { NotificationEntity } from '../notifications/notification.entity';
import { budgetAlertEmail, budgetAlertNotice, type BudgetAlertFacts } from './budget-alert-message';

/** Where logged time landed: the budget of that client in that month may have moved. */
export interface TouchedBudget {
  workspaceId: string;
  clientId: string;
  startedAt: Date;
}

/** Roles told about a budget threshold (when their client scope covers the client). */
const ALERTED_ROLES = ['founder', 'ops_director', 'obm'];

/**
 * The 80 % and 100 % budget alerts. Called inside the transaction that logged, stopped or
 * approved time: a threshold reached writes one budget_alerts row per client, month and
 * threshold (a unique index makes it once, even under concurrent writes), and only the request
 * that wrote it notifies, in-app and by email. Returns the emails to dispatch after commit.
 */
@Injectable()
export class BudgetAlertsService {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(manager: EntityManager, touched: readonly TouchedBudget[]): Promise<string[]> {
    const emailIds: string[] = [];
    const zones = await this.timeZones(manager, [...new Set(touched.map((t) => t.workspaceId))]);
    const seen = new Set<string>();
    for (const { workspaceId, clientId, startedAt } of touched) {
      const timeZone = zones.get(workspaceId);
      if (!timeZone) continue;
      // time counts in the month its entry starts in, in the workspace's time zone
      const month = monthKeyOf(localDateIn(startedAt, timeZone));
      const key = `${clientId}:${month}`;
      if (seen.has(key)) continue;
      seen.add(key);
      emailIds.push(...(await this.checkMonth(manager, workspaceId, clientId, month, timeZone)));
    }
    return emailIds;
  }

  async dispatch(emailIds: readonly string[]): Promise<void> {
    for (const id of emailIds) await this.mail.dispatch(id);
  }

  private async checkMonth(
    manager: EntityManager,
    workspaceId: string,
    clientId: string,
    month: string,
    timeZone: string,
  ): Promise<string[]> {
    const { start, end } = periodBounds(monthPeriod(month, timeZone));
    const [client] = (await manager.query(
      `SELECT c.name, c.monthly_hours_budget::float8 AS budget, w.name AS workspace_name,
              coalesce((SELECT sum(te.minutes) FROM time_entries te
                         WHERE te.workspace_id = c.workspace_id AND te.client_id = c.id
                           AND te.minutes IS NOT NULL
                           AND te.started_at >= $2 AND te.started_at < $3), 0)::int AS minutes
         FROM clients c JOIN workspaces w ON w.id = c.workspace_id
        WHERE c.id = $1 AND c.workspace_id = $4`,
      [clientId, start, end, workspaceId],
    )) as { name: string; budget: number | null; workspace_name: string; minutes: number }[];
    if (!client || client.budget === null || client.budget <= 0) return [];
    const hoursUsed = client.minutes / 60;
    const thresholds = burnThresholdsCrossed(hoursUsed / client.budget).map((t) =>
      Math.round(t * 100),
    );
    if (thresholds.length === 0) return [];
    const inserted = (await manager.query(
      `INSERT INTO budget_alerts (workspace_id, client_id, month, threshold_percent)
       SELECT $1, $2, $3::date, threshold FROM unnest($4::int[]) AS threshold
       ON CONFLICT DO NOTHING
       RETURNING threshold_percent`,
      [workspaceId, clientId, firstDayOfMonth(month), thresholds],
    )) as { threshold_percent: number }[];
    if (inserted.length === 0) return [];
    // reaching 100 % straight away records both thresholds but tells people once, about 100 %
    const thresholdPercent = Math.max(...inserted.map((row) => row.threshold_percent));
    return this.notify(manager, {
      workspaceId,
      workspaceName: client.workspace_name,
      clientId,
      clientName: client.name,
      month,
      thresholdPercent,
      hoursUsed,
      budgetHours: client.budget,
    });
  }

  /** One in-app notification and one email per recipient, each deduplicated by its key. */
  private async notify(manager: EntityManager, facts: BudgetAlertFacts): Promise<string[]> {
    const recipients = (await manager.query(
      `SELECT m.user_id, u.email, u.name, coalesce(np.email, true) AS wants_email
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN notification_preferences np ON np.user_id = m.user_id AND np.kind = 'budget_alert'
        WHERE m.workspace_id = $1 AND m.active AND m.role = ANY($2::varchar[])
          AND (cardinality(m.client_ids) = 0 OR $3::uuid = ANY(m.client_ids))`,
      [facts.workspaceId, ALERTED_ROLES, facts.clientId],
    )) as { user_id: string; email: string; name: string; wants_email: boolean }[];
    if (recipients.length === 0) return [];
    const notice = budgetAlertNotice(facts);
    const dedupeKey = (userId: string) =>
      `budget:${facts.clientId}:${facts.month}:${facts.thresholdPercent}:${userId}`;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        recipients.map((r) => ({
          workspaceId: facts.workspaceId,
          userId: r.user_id,
          kind: 'budget_alert',
          title: notice.title,
          body: notice.body,
          link: notice.link,
          // TypeORM cannot type a jsonb map in an insert; the entity declares the shape
          data: notice.data as object,
          dedupeKey: dedupeKey(r.user_id),
        })),
      )
      .orIgnore()
      .execute();
    const emailIds: string[] = [];
    for (const recipient of recipients.filter((r) => r.wants_email)) {
      const id = await this.mail.write(
        {
          ...budgetAlertEmail(facts, {
            to: recipient.email,
            name: recipient.name,
            publicUrl: this.config.publicUrl,
          }),
          dedupeKey: dedupeKey(recipient.user_id),
          workspaceId: facts.workspaceId,
        },
        manager,
      );
      if (id) emailIds.push(id);
    }
    return emailIds;
  }

  private async timeZones(
    manager: EntityManager,
    workspaceIds: string[],
  ): Promise<Map<string, string>> {
    if (workspaceIds.length === 0) return new Map();
    const rows = (await manager.query(
      'SELECT id, time_zone FROM workspaces WHERE id = ANY($1::uuid[])',
      [workspaceIds],
    )) as { id: string; time_zone: string }[];
    return new Map(rows.map((row) => [row.id, row.time_zone]));
  }
}
