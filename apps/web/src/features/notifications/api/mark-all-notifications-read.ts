import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { NotificationsPage } from './types';

export function markAllNotificationsRead(): Promise<{ unreadCount: number }> {
  return api.post<{ unreadCount: number }>('/me/notifications/read-all');
}

/** Marks every notification read at once; all go back to unread if the server refuses. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  const key = notificationKeys.recent;
  return useMutation<{ unreadCount: number }, unknown, void, { previous?: NotificationsPage }>({
    mutationFn: markAllNotificationsRead,
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationsPage>(key);
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationsPage>(key, (page) =>
        page
          ? {
              ...page,
              items: page.items.map((n) => (n.readAt ? n : { ...n, readAt })),
              unreadCount: 0,
            }
          : page,
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: ({ unreadCount }) => {
      queryClient.setQueryData<NotificationsPage>(key, (page) =>
        page ? { ...page, unreadCount } : page,
      );
    },
  });
}
