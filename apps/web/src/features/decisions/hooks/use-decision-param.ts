import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const DECISION_PARAM = 'decision';

/** The decision open in the drawer, kept in the address (`?decision=<id>`) to share or reload. */
export function useDecisionParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const decisionId = searchParams.get(DECISION_PARAM);

  const openDecision = useCallback(
    (id: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(DECISION_PARAM, id);
        return next;
      }),
    [setSearchParams],
  );

  const closeDecision = useCallback(
    () =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(DECISION_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return { decisionId, openDecision, closeDecision };
}
