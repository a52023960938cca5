/** Workspace members as the API answers them (GET/PATCH …/members), shared by the API and the web. */
import type { Role } from './roles';

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
  /** When the membership was made. */
  joinedAt: string;
  /** Money: present only for roles that may see it. */
  hourlyCostCents?: number | null;
}
