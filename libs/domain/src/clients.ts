/** Clients as the API answers them (GET/POST/PATCH …/clients), shared by the API and the web. */
import type { Engagement } from './records';

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
