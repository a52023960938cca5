import type { ClientBudgetBurn, Engagement } from '@relais/domain';

export interface MoneyFigures {
  revenueCents: number;
  costCents: number;
  marginCents: number;
}

/** A client's month: what it pays, what the time cost, the difference. */
export interface ClientMonthMoney extends MoneyFigures {
  /** The client's own revenue recorded for the month (base of a commission), null if none. */
  clientRevenueCents: number | null;
}

export interface ClientBudgetResponse extends ClientBudgetBurn {
  engagement: Engagement;
  billableHours: number;
  /** Only for roles that may see money. */
  money?: ClientMonthMoney;
}

/** GET /api/workspaces/:ws/budgets?month=YYYY-MM */
export interface BudgetsResponse {
  month: string;
  timeZone: string;
  items: ClientBudgetResponse[];
  totals: { hoursUsed: number; billableHours: number; money?: MoneyFigures };
}

export interface ClientRevenueResponse {
  clientId: string;
  month: string;
  revenueCents: number;
  createdAt: string;
  updatedAt: string;
}
