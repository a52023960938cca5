import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const TASK_PARAM = 'task';

/**
 * The task open in the drawer, kept in the address (`?task=<id>`) so it survives a reload and
 * can be shared; opening and closing keep the other parameters.
 */
export function useTaskParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const taskId = searchParams.get(TASK_PARAM);

  const openTask = useCallback(
    (id: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(TASK_PARAM, id);
        return next;
      }),
    [setSearchParams],
  );

  const closeTask = useCallback(
    () =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(TASK_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return { taskId, openTask, closeTask };
}
