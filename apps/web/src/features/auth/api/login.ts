import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normalizeEmail, type AuthResponse } from '@relais/domain';
import { api } from '@/lib/api-client';
import { startSession } from './get-session';

export interface LoginInput {
  email: string;
  password: string;
}

export function login(input: LoginInput): Promise<AuthResponse> {
  return api.post<AuthResponse>('/auth/login', { ...input, email: normalizeEmail(input.email) });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const { accessToken } = await login(input);
      return startSession(queryClient, accessToken);
    },
  });
}
