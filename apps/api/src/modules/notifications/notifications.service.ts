import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  NOTIFICATION_KINDS,
  type NotificationPreferences,
  type NotificationsPage,
} from '@relais/domain';
import { DEFAULT_LIMIT, toPage } from '../../common/http/pagination';
import { createdAtKeySql, decodeCreatedAtCursor, olderThan } from '../audit/created-at-cursor';
import type {
  ListNotificationsQuery,
  UpdateNotificationPreferencesInput,
} from './dto/notification.input';
import { toNotificationResponse } from './dto/notification.output';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';

/** The signed-in user's bell: their notifications and email preferences. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, with the unread count; those of workspaces the user left are not shown. */
  async list(userId: string, query: ListNotificationsQuery): Promise<NotificationsPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCreatedAtCursor(query.cursor);
    const qb = this.mine(userId)
      .addSelect(createdAtKeySql('n'), 'cursor_at')
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    if (after) {
      const older = olderThan('n', after);
      qb.andWhere(older.sql, older.params);
    }
    const [{ entities, raw }, unreadCount] = await Promise.all([
      qb.getRawAndEntities<{ n_id: string; cursor_at: string }>(),
      this.unreadCount(userId),
    ]);
    const keys = new Map(raw.map((row) => [row.n_id, row.cursor_at]));
    const page = toPage(entities, limit, (n) => [keys.get(n.id)!, n.id], toNotificationResponse);
    return { ...page, unreadCount };
  }

  async markRead(userId: string, id: string): Promise<{ unreadCount: number }> {
    const found = await this.mine(userId).andWhere('n.id = :id', { id }).getOne();
    if (!found) throw new NotFoundException('Notification not found');
    if (!found.readAt) {
      await this.dataSource
        .getRepository(NotificationEntity)
        .createQueryBuilder()
        .update()
        .set({ readAt: () => 'now()' })
        .where('id = :id AND read_at IS NULL', { id })
        .execute();
    }
    return { unreadCount: await this.unreadCount(userId) };
  }

  async markAllRead(userId: string): Promise<{ unreadCount: number }> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return { unreadCount: await this.unreadCount(userId) };
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const rows = await this.dataSource
      .getRepository(NotificationPreferenceEntity)
      .findBy({ userId });
    const preferences = Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, true]),
    ) as NotificationPreferences;
    for (const row of rows) {
      if (row.kind in preferences)
        preferences[row.kind as keyof NotificationPreferences] = row.email;
    }
    return preferences;
  }

  async updatePreferences(
    userId: string,
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    const rows = NOTIFICATION_KINDS.filter((kind) => input[kind] !== undefined).map((kind) => ({
      userId,
      kind,
      email: input[kind]!,
    }));
    if (rows.length > 0) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(NotificationPreferenceEntity)
        .values(rows)
        .orUpdate(['email'], ['user_id', 'kind'])
        .execute();
    }
    return this.preferences(userId);
  }

  private async unreadCount(userId: string): Promise<number> {
    return this.mine(userId).andWhere('n.read_at IS NULL').getCount();
  }

  /** The user's notifications, outside workspaces where they are no longer an active member. */
  private mine(userId: string): SelectQueryBuilder<NotificationEntity> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .andWhere(
        `(n.workspace_id IS NULL OR EXISTS (SELECT 1 FROM memberships m
           WHERE m.workspace_id = n.workspace_id AND m.user_id = n.user_id AND m.active))`,
      );
  }
}
