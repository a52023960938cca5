import type { Engagement } from '@relais/domain';

export type { ClientResponse } from '@relais/domain';

/** The fields of a client a form sends (money ones only by roles that may see money). */
export interface ClientInput {
  name: string;
  engagement: Engagement;
  monthlyHoursBudget?: number | null;
  hourlyRateCents?: number | null;
  monthlyAmountCents?: number | null;
  commissionPercent?: number | null;
}
