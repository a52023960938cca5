import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normalizeEmail, type AuthResponse } from '@relais/domain';
import { api } from '@/lib/api-client';
import { startSession } from './get-session';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
}

export function register(input: RegisterInput): Promise<AuthResponse> {
  return api.post<AuthResponse>('/auth/register', {
    ...input,
    email: normalizeEmail(input.email),
    name: input.name.trim(),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput) => {
      const { accessToken } = await register(input);
      return startSession(queryClient, accessToken);
    },
  });
}
