import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '@relais/domain';
import { api } from '@/lib/api-client';

export interface DemoUser {
  email: string;
  password: string;
  role: Role;
  name: string;
}

export interface MetaResponse {
  mode: 'embedded' | 'server';
  demoUsers: DemoUser[];
}

export function getMeta(): Promise<MetaResponse> {
  return api.get<MetaResponse>('/meta');
}

export function getMetaQueryOptions() {
  return queryOptions({
    queryKey: ['meta'],
    queryFn: getMeta,
    staleTime: Infinity,
    // the page works without it: do not keep a sign-in page waiting on retries
    retry: false,
  });
}

export function useMeta() {
  return useQuery(getMetaQueryOptions());
}
