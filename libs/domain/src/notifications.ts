/** Notifications: the kinds, and the shapes the API returns, shared with the web client. */

/**
 * What a notification is about. In-app notifications are always written (except for digests,
 * which are emails); each user may turn the email copy off per kind.
 */
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'mention',
  'task_completed',
  'task_reopened',
  'due_soon',
  'overdue_digest',
  'weekly_digest',
  'invitation',
  'budget_alert',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * One in-app notification. `title` is the subject (the task's title), not a sentence: the web
 * client writes the sentence in the user's language from `kind` and `data` (`actorName`,
 * `taskId`, `projectId`, `dueDate`, …). `body` holds quoted user text (a comment), if any.
 */
export interface NotificationResponse {
  id: string;
  workspaceId: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Path in the web client the notification opens. */
  link: string | null;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

/** GET /api/me/notifications: newest first, with the unread count for the bell. */
export interface NotificationsPage {
  items: NotificationResponse[];
  nextCursor: string | null;
  unreadCount: number;
}

/** GET/PUT /api/me/notification-preferences: whether the email copy of each kind is sent. */
export type NotificationPreferences = Record<NotificationKind, boolean>;
