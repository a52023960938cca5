import type { NotificationKind, NotificationResponse } from '@relais/domain';
import type { NotificationEntity } from '../notification.entity';

export function toNotificationResponse(n: NotificationEntity): NotificationResponse {
  return {
    id: n.id,
    workspaceId: n.workspaceId,
    kind: n.kind as NotificationKind,
    title: n.title,
    body: n.body,
    link: n.link,
    data: n.data,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
