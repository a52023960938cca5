import { api } from '@/lib/api-client';

/** Revokes the refresh token (the API clears its cookie). */
export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}
