/**
 * Client budgets and recorded revenues as the API answers them (GET …/budgets?month=YYYY-MM,
 * PUT …/clients/:id/revenues/:month), shared by the API (mappers) and the web client.
 */
import type { ClientBudgetBurn } from './kpi';
import type { Engagement } from './records';
import type { MoneyFigures } from './time';

/** Money of a client's month: what it pays, what the time cost, and the difference. */
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

export interface BudgetsResponse {
  month: string;
  timeZone: string;
  items: ClientBudgetResponse[];
  totals: { hoursUsed: number; billableHours: number; money?: MoneyFigures };
}

/** The revenue the founder recorded for a client's month. */
export interface ClientRevenueResponse {
  clientId: string;
  month: string;
  revenueCents: number;
  createdAt: string;
  updatedAt: string;
}
