import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { NotificationsPage } from './types';

export function markNotificationRead(id: string): Promise<{ unreadCount: number }> {
  return api.post<{ unreadCount: number }>(`/me/notifications/${id}/read`);
}

/** Marks one notification read at once; the count and the list go back if the server refuses. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  const key = notificationKeys.recent;
  return useMutation<{ unreadCount: number }, unknown, string, { previous?: NotificationsPage }>({
    mutationFn: markNotificationRead,
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationsPage>(key);
      queryClient.setQueryData<NotificationsPage>(key, (page) => {
        if (!page) return page;
        const target = page.items.find((n) => n.id === id);
        if (!target || target.readAt) return page;
        const readAt = new Date().toISOString();
        return {
          ...page,
          items: page.items.map((n) => (n.id === id ? { ...n, readAt } : n)),
          unreadCount: Math.max(0, page.unreadCount - 1),
        };
      });
      return { previous };
    },
    // undo this one only: others marked read meanwhile stay read
    onError: (_error, id, context) => {
      const wasUnread = context?.previous?.items.some((n) => n.id === id && !n.readAt);
      if (!wasUnread) return;
      queryClient.setQueryData<NotificationsPage>(key, (page) => {
        if (!page?.items.some((n) => n.id === id && n.readAt)) return page;
        return {
          ...page,
          items: page.items.map((n) => (n.id === id ? { ...n, readAt: null } : n)),
          unreadCount: page.unreadCount + 1,
        };
      });
    },
    onSuccess: ({ unreadCount }) => {
      queryClient.setQueryData<NotificationsPage>(key, (page) =>
        page ? { ...page, unreadCount } : page,
      );
    },
  });
}
