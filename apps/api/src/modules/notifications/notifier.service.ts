import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '@relais/domain';
import { MailService } from '../mail/mail.service';
import type { EmailContent } from './email-layout';
import { NotificationEntity } from './notification.entity';

/** Who a notification goes to, as its email copy needs them. */
export interface Recipient {
  userId: string;
  name: string;
  email: string;
}

/** A notification to write for one user. */
export interface NotificationDraft {
  userId: string;
  workspaceId: string | null;
  kind: NotificationKind;
  /** The subject: a task's title, not a sentence (the web client writes it per language). */
  title: string;
  body?: string;
  /** Path in the web client. */
  link?: string | null;
  data?: Record<string, unknown>;
  /** Same key, one notification, and one email (e.g. `reminder:<task>:<due date>`). */
  dedupeKey?: string;
  /** The email copy, unless the user turned this kind off; omitted: in-app only. */
  email?: (recipient: Recipient) => EmailContent;
  /** Email only, no in-app notification (digests). */
  emailOnly?: boolean;
  /**
   * The workspace of the email copy, when it differs from the notification's (an invitation:
   * no workspace in the app, but the inviting workspace sees the email fail); default workspaceId.
   */
  emailWorkspaceId?: string;
}

/**
 * Writes notifications and their email copies inside the caller's transaction, so they exist
 * exactly when what caused them does. The emails are sent by `dispatch`, after the commit.
 */
@Injectable()
export class Notifier {
  constructor(private readonly mail: MailService) {}

  /** Returns the ids of the emails written, to `dispatch` once the transaction has committed. */
  async notify(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const userIds = [...new Set(drafts.map((d) => d.userId))];
    const recipients = await this.recipients(manager, userIds);
    const emailOff = await this.emailTurnedOff(manager, userIds);
    const emailIds: string[] = [];
    for (const draft of drafts) {
      const recipient = recipients.get(draft.userId);
      if (!recipient) continue;
      if (!draft.emailOnly && !(await this.insert(manager, draft))) {
        // written before by a run that stopped short: its email may still wait to be sent
        if (draft.dedupeKey) emailIds.push(...(await this.pendingEmails(manager, draft.dedupeKey)));
        continue;
      }
      if (!draft.email || emailOff.has(`${draft.userId}:${draft.kind}`)) continue;
      const emailId = await this.mail.write(
        {
          to: recipient.email,
          kind: draft.kind,
          dedupeKey: draft.dedupeKey,
          workspaceId: draft.emailWorkspaceId ?? draft.workspaceId,
          ...draft.email(recipient),
        },
        manager,
      );
      if (emailId) emailIds.push(emailId);
      else if (draft.dedupeKey)
        emailIds.push(...(await this.pendingEmails(manager, draft.dedupeKey)));
    }
    return emailIds;
  }

  /** Whether the user wants the email copy of this kind (absent preference: yes). */
  async emailEnabled(
    manager: EntityManager,
    userId: string,
    kind: NotificationKind,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM notification_preferences WHERE user_id = $1 AND kind = $2 AND NOT email',
      [userId, kind],
    );
    return rows.length === 0;
  }

  /** Hands the emails to the queue; after the commit, never throws (pending emails are retried). */
  async dispatch(emailIds: readonly string[]): Promise<void> {
    for (const id of new Set(emailIds)) await this.mail.dispatch(id);
  }

  /** True when written, false when its dedupe key was already used. */
  private async insert(manager: EntityManager, draft: NotificationDraft): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        userId: draft.userId,
        workspaceId: draft.workspaceId,
        kind: draft.kind,
        title: draft.title.slice(0, 300),
        body: draft.body ?? '',
        link: draft.link ?? null,
        // TypeORM cannot type a jsonb map in an insert; the entity declares the shape
        data: (draft.data ?? {}) as object,
        dedupeKey: draft.dedupeKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  private async recipients(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Map<string, Recipient>> {
    const rows: Recipient[] = await manager.query(
      'SELECT id AS "userId", name, email FROM users WHERE id = ANY($1::uuid[])',
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row]));
  }

  private async emailTurnedOff(manager: EntityManager, userIds: string[]): Promise<Set<string>> {
    const rows: { user_id: string; kind: string }[] = await manager.query(
      'SELECT user_id, kind FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND NOT email',
      [userIds],
    );
    return new Set(rows.map((row) => `${row.user_id}:${row.kind}`));
  }

  /** Emails with this dedupe key still waiting to be sent (after a run that stopped short). */
  async pendingEmails(manager: EntityManager, dedupeKey: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM emails WHERE dedupe_key = $1 AND status = 'pending'`,
      [dedupeKey],
    );
    return rows.map((row) => row.id);
  }
}
