import { canSeeMoney, type MembershipSummary } from '@relais/domain';

/**
 * Who records a client's monthly revenue (the base of a commission): a founder, or the owner of
 * the workspace when her role may see money. The API decides with the same rule.
 */
export function canRecordRevenue(membership: Pick<MembershipSummary, 'role' | 'owner'>): boolean {
  return canSeeMoney(membership) && (membership.role === 'founder' || membership.owner);
}
