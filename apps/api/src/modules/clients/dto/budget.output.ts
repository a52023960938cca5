import {
  budgetBurn,
  engagementValue,
  moneyFigures,
  type BudgetsResponse,
  type ClientBudgetBurn,
  type ClientBudgetResponse,
  type ClientMonthMoney,
  type Engagement,
} from '@relais/domain';

/** One client's month as BudgetsService.clientMonths reads it. */
export interface ClientMonthRow {
  id: string;
  name: string;
  engagement: Engagement;
  hourly_rate_cents: number | null;
  monthly_amount_cents: number | null;
  monthly_hours_budget: number | null;
  commission_percent: number | null;
  minutes: number;
  billable_minutes: number;
  /** Σ minutes × the member's hourly cost (cents × minutes / hour), as text (bigint). */
  cost_minute_cents: string;
  /** What the founder recorded for the month (bigint as text), null when nothing was. */
  client_revenue_cents: string | null;
}

/** Hours to two decimals: 100 minutes read 1.67. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** The budget burn of a client's month, `today` being the last day measured. */
export function toClientBudgetBurn(row: ClientMonthRow, today: string): ClientBudgetBurn {
  const burn = budgetBurn({
    minutesLogged: row.minutes,
    monthlyHoursBudget: row.monthly_hours_budget,
    today,
  });
  return {
    clientId: row.id,
    clientName: row.name,
    ...burn,
    hoursUsed: roundHours(burn.hoursUsed),
    projectedHours: roundHours(burn.projectedHours),
  };
}

export function toClientMonthMoney(row: ClientMonthRow): ClientMonthMoney {
  const clientRevenueCents =
    row.client_revenue_cents === null ? null : Number(row.client_revenue_cents);
  const value = engagementValue(
    {
      engagement: row.engagement,
      hourlyRateCents: row.hourly_rate_cents,
      monthlyAmountCents: row.monthly_amount_cents,
      commissionPercent: row.commission_percent,
    },
    { billableMinutes: row.billable_minutes, recordedRevenueCents: clientRevenueCents },
  );
  return { ...moneyFigures(value, Number(row.cost_minute_cents) / 60), clientRevenueCents };
}

export function toBudgetsResponse(
  month: string,
  timeZone: string,
  rows: readonly ClientMonthRow[],
  today: string,
  withMoney: boolean,
): BudgetsResponse {
  const items = rows.map((row): ClientBudgetResponse => {
    const item: ClientBudgetResponse = {
      ...toClientBudgetBurn(row, today),
      engagement: row.engagement,
      billableHours: roundHours(row.billable_minutes / 60),
    };
    if (withMoney) item.money = toClientMonthMoney(row);
    return item;
  });
  const sum = (of: (item: ClientBudgetResponse) => number) =>
    items.reduce((total, item) => total + of(item), 0);
  const totals: BudgetsResponse['totals'] = {
    hoursUsed: roundHours(rows.reduce((total, row) => total + row.minutes, 0) / 60),
    billableHours: roundHours(rows.reduce((total, row) => total + row.billable_minutes, 0) / 60),
  };
  if (withMoney) {
    totals.money = {
      revenueCents: sum((item) => item.money?.revenueCents ?? 0),
      costCents: sum((item) => item.money?.costCents ?? 0),
      marginCents: sum((item) => item.money?.marginCents ?? 0),
    };
  }
  return { month, timeZone, items, totals };
}
