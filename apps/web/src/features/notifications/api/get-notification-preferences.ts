import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { NotificationPreferences } from './types';

export function getNotificationPreferences(): Promise<NotificationPreferences> {
  return api.get<NotificationPreferences>('/me/notification-preferences');
}

export function getNotificationPreferencesQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.preferences,
    queryFn: getNotificationPreferences,
  });
}

/** Whether the email copy of each kind of notification is sent. */
export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesQueryOptions());
}
