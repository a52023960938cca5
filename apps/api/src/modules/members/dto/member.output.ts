import { canSeeMoney, type MemberContext, type Role } from '@relais/domain';
import type { MembershipEntity } from '../../workspaces/membership.entity';

export interface MemberResponse {
  userId: string;
  name: string;
  email: string;
  role: Role;
  owner: boolean;
  clientIds: string[];
  jobTitle: string | null;
  weeklyCapacityHours: number | null;
  active: boolean;
  joinedAt: string;
  /** Present only for roles that may see money. */
  hourlyCostCents?: number | null;
}

export function toMemberResponse(
  membership: MembershipEntity,
  user: { name: string; email: string },
  viewer: Pick<MemberContext, 'role' | 'owner'>,
): MemberResponse {
  const response: MemberResponse = {
    userId: membership.userId,
    name: user.name,
    email: user.email,
    role: membership.role,
    owner: membership.owner,
    clientIds: [...membership.clientIds],
    jobTitle: membership.jobTitle,
    weeklyCapacityHours:
      membership.weeklyCapacityHours === null ? null : Number(membership.weeklyCapacityHours),
    active: membership.active,
    joinedAt: membership.createdAt.toISOString(),
  };
  if (canSeeMoney(viewer)) response.hourlyCostCents = membership.hourlyCostCents;
  return response;
}
