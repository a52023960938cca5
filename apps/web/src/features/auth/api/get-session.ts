import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MeResponse } from '@relais/domain';
import { api, isApiError } from '@/lib/api-client';

export const SESSION_QUERY_KEY = ['session'] as const;

export function getMe(): Promise<MeResponse> {
  return api.get<MeResponse>('/me');
}

/**
 * The signed-in user and their memberships, or null when nobody is signed in. On a fresh page
 * load the access token is gone (it lives in memory), so the refresh cookie is traded first.
 */
export async function getSession(): Promise<MeResponse | null> {
  if (!api.getAccessToken()) {
    const refreshed = await api.refresh();
    if (!refreshed) return null;
  }
  try {
    return await getMe();
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: getSession,
    // memberships change rarely; refetching on focus after a while picks up invitations
    staleTime: 5 * 60_000,
  });
}

/** After sign-in or sign-up: keep the token, load the user's memberships, publish the session. */
export async function startSession(
  queryClient: QueryClient,
  accessToken: string,
): Promise<MeResponse> {
  api.setAccessToken(accessToken);
  const me = await getMe();
  queryClient.setQueryData(SESSION_QUERY_KEY, me);
  return me;
}

/** Forgets everything cached for the previous user and marks the session as signed out. */
export function endSession(queryClient: QueryClient): void {
  api.setAccessToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  queryClient.setQueryData(SESSION_QUERY_KEY, null);
}
