import { canSeeMoney, type MemberContext, type MemberResponse } from '@relais/domain';
import type { MembershipEntity } from '../../workspaces/membership.entity';

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
