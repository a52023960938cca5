import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationResponse } from '../api/types';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/**
 * What a notification says, in the user's language: the API sends the subject (`title`) and
 * the facts (`data`), not a sentence. A kind this client does not know shows its title.
 */
export function useNotificationSentence() {
  const { t } = useTranslation('notifications');
  return useCallback(
    (notification: NotificationResponse): string => {
      const { data, title } = notification;
      const actor = text(data.actorName) ?? t('someone');
      switch (notification.kind) {
        case 'task_assigned':
        case 'mention':
        case 'task_completed':
        case 'task_reopened':
          return t(`kinds.${notification.kind}`, { actor, title });
        case 'due_soon':
          return t('kinds.due_soon', { title });
        case 'invitation':
          return t('kinds.invitation', { actor, workspace: text(data.workspaceName) ?? title });
        case 'budget_alert':
          return typeof data.thresholdPercent === 'number' && text(data.clientName)
            ? t('kinds.budget_alert', {
                client: data.clientName as string,
                percent: data.thresholdPercent,
              })
            : title;
        default:
          return title;
      }
    },
    [t],
  );
}

/** The line under the sentence: the comment quoted, or where the task lives. */
export function notificationDetail(notification: NotificationResponse): string | undefined {
  if (notification.kind === 'mention' && notification.body.trim()) return notification.body;
  return text(notification.data.projectName);
}
