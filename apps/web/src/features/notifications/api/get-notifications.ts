import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { NotificationsPage } from './types';

/** The bell shows the newest ones; older ones are not worth a page of their own. */
export const RECENT_NOTIFICATIONS = 30;

/** How often the bell asks for news while the tab is visible. */
export const NOTIFICATIONS_POLL_MS = 30_000;

export function getNotifications(limit = RECENT_NOTIFICATIONS): Promise<NotificationsPage> {
  return api.get<NotificationsPage>('/me/notifications', { query: { limit } });
}

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.recent,
    queryFn: () => getNotifications(),
    // the unread count is news: poll it, and look again whenever the user comes back
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

/** The newest notifications with the unread count, kept fresh for the bell. */
export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}
