import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { NotificationPreferences } from './types';

/** Only the kinds sent change; the others keep their setting. */
export type PreferencesChange = Partial<NotificationPreferences>;

export function updateNotificationPreferences(
  change: PreferencesChange,
): Promise<NotificationPreferences> {
  return api.put<NotificationPreferences>('/me/notification-preferences', change);
}

/** Flips a switch at once and saves it; the switch goes back if the server refuses. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  const key = notificationKeys.preferences;
  return useMutation<
    NotificationPreferences,
    unknown,
    PreferencesChange,
    { previous?: NotificationPreferences }
  >({
    mutationFn: updateNotificationPreferences,
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationPreferences>(key);
      queryClient.setQueryData<NotificationPreferences>(key, (current) =>
        current ? { ...current, ...change } : current,
      );
      return { previous };
    },
    // only the kinds this change touched: another switch flipped meanwhile keeps its state
    onError: (_error, change, context) => {
      const previous = context?.previous;
      if (!previous) return;
      queryClient.setQueryData<NotificationPreferences>(key, (current) =>
        current ? { ...current, ...pick(previous, change) } : previous,
      );
    },
    onSuccess: (saved, change) => {
      queryClient.setQueryData<NotificationPreferences>(key, (current) =>
        current ? { ...current, ...pick(saved, change) } : saved,
      );
    },
  });
}

function pick(from: NotificationPreferences, change: PreferencesChange): PreferencesChange {
  return Object.fromEntries(
    Object.keys(change).map((kind) => [kind, from[kind as keyof NotificationPreferences]]),
  );
}
