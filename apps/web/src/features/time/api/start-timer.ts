import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateTime, timeKeys } from './query-keys';
import type { TimedTask, TimeEntryResponse, TimerResponse } from './types';

/** Starts a timer on a task; the one running anywhere else stops. */
export function startTimer(workspaceId: string, taskId: string): Promise<TimeEntryResponse> {
  return api.post<TimeEntryResponse>(`/workspaces/${workspaceId}/time-entries/timer/start`, {
    taskId,
  });
}

function toTimer(entry: TimeEntryResponse, task: TimedTask): TimerResponse {
  return {
    id: entry.id,
    workspaceId: entry.workspaceId,
    workspaceName: task.workspaceName ?? '',
    taskId: entry.taskId,
    taskTitle: entry.taskTitle,
    projectId: entry.projectId,
    projectName: entry.projectName,
    clientId: entry.clientId,
    clientName: entry.clientName,
    startedAt: entry.startedAt,
    billable: entry.billable,
    note: entry.note,
  };
}

export interface StartTimerContext {
  /** The timer that was running: the server stopped it. */
  previous: TimerResponse | null;
}

/**
 * The header shows the new timer at once; the server's answer replaces it, a failure puts the
 * previous one back. The entries of both workspaces are refreshed: the previous timer became an
 * entry.
 */
export function useStartTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: TimedTask) => startTimer(task.workspaceId, task.id),
    onMutate: async (task): Promise<StartTimerContext> => {
      await queryClient.cancelQueries({ queryKey: timeKeys.timer() });
      const previous = queryClient.getQueryData<TimerResponse | null>(timeKeys.timer()) ?? null;
      const provisional: TimerResponse = {
        id: `pending-${task.id}`,
        workspaceId: task.workspaceId,
        workspaceName: task.workspaceName ?? '',
        taskId: task.id,
        taskTitle: task.title,
        projectId: task.projectId ?? '',
        projectName: task.projectName ?? '',
        clientId: task.clientId ?? '',
        clientName: task.clientName ?? '',
        startedAt: new Date().toISOString(),
        billable: true,
        note: '',
      };
      queryClient.setQueryData<TimerResponse | null>(timeKeys.timer(), provisional);
      return { previous };
    },
    onSuccess: (entry, task) => {
      queryClient.setQueryData<TimerResponse | null>(timeKeys.timer(), toTimer(entry, task));
    },
    onError: (_error, _task, context) => {
      queryClient.setQueryData<TimerResponse | null>(timeKeys.timer(), context?.previous ?? null);
    },
    onSettled: (_entry, _error, task, context) => {
      void invalidateTime(queryClient, task.workspaceId);
      const previousWorkspace = context?.previous?.workspaceId;
      if (previousWorkspace && previousWorkspace !== task.workspaceId) {
        void invalidateTime(queryClient, previousWorkspace);
      }
    },
  });
}
