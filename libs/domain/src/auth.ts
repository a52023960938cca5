/** Shapes of the authentication endpoints, shared by the API and the web client. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Emails are compared case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

export interface AuthResponse {
  user: UserDto;
  accessToken: string;
}

export interface MembershipSummary {
  workspaceId: string;
  workspaceName: string;
  role: import('./roles').Role;
  owner: boolean;
  clientIds: string[];
}

export interface MeResponse {
  user: UserDto;
  memberships: MembershipSummary[];
}

/** The one error body every API error uses. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** For 400 validation errors: each offending field and what is wrong with it. */
  fields?: { field: string; errors: string[] }[];
  requestId?: string;
}
