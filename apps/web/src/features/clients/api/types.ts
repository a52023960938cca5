import type { Engagement } from '@relais/domain';

export interface ClientResponse {
  id: string;
  workspaceId: string;
  name: string;
  engagement: Engagement;
  monthlyHoursBudget: number | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Money: present only for roles that may see it. */
  hourlyRateCents?: number | null;
  monthlyAmountCents?: number | null;
  commissionPercent?: number | null;
}

/** The fields of a client a form sends (money ones only by roles that may see money). */
export interface ClientInput {
  name: string;
  engagement: Engagement;
  monthlyHoursBudget?: number | null;
  hourlyRateCents?: number | null;
  monthlyAmountCents?: number | null;
  commissionPercent?: number | null;
}
