import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useTimer } from '../api/get-timer';
import { timeKeys } from '../api/query-keys';
import { useStartTimer } from '../api/start-timer';
import { useStopTimer } from '../api/stop-timer';
import type { TimedTask, TimerResponse } from '../api/types';
import { formatDuration, timerMinutes } from '../utils/duration';

/**
 * The one timer of the user, and starting or stopping it with what happened said in a
 * notification: starting another task's timer stops the running one (the server does it), and
 * the notification says so.
 */
export function useTimerActions() {
  const { t, i18n } = useTranslation('time');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const timer = useTimer();
  const start = useStartTimer();
  const stop = useStopTimer();
  const language = i18n.resolvedLanguage ?? i18n.language;

  const startOn = useCallback(
    (task: TimedTask) => {
      const previous = queryClient.getQueryData<TimerResponse | null>(timeKeys.timer()) ?? null;
      start.mutate(task, {
        // the header shows a new timer; a switch also stopped another, which deserves a word
        onSuccess: (entry) => {
          if (previous && previous.taskId !== entry.taskId) {
            notifications.show({
              title: t('timer.switchedTitle'),
              message: t('timer.switched', {
                previous: previous.taskTitle,
                duration: formatDuration(timerMinutes(previous.startedAt, Date.now()), language),
                title: entry.taskTitle,
              }),
            });
          }
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('timer.startFailed'),
            message:
              isApiError(error) && error.status === 409 && /overlap/i.test(error.message)
                ? t('timer.overlap')
                : describeError(error, tCommon),
          }),
      });
    },
    [queryClient, start, t, tCommon, language],
  );

  const stopRunning = useCallback(() => {
    const running = queryClient.getQueryData<TimerResponse | null>(timeKeys.timer());
    if (!running) return;
    stop.mutate(running, {
      onSuccess: (entry) =>
        notifications.show({
          color: 'green',
          message: t('timer.stopped', {
            duration: formatDuration(entry.minutes ?? 0, language),
            title: entry.taskTitle,
          }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('timer.stopFailed'),
          message: describeError(error, tCommon),
        }),
    });
  }, [queryClient, stop, t, tCommon, language]);

  return {
    timer: timer.data ?? null,
    start: startOn,
    stop: stopRunning,
    pending: start.isPending || stop.isPending,
  };
}
