export type {
  BudgetsResponse,
  ClientBudgetResponse,
  ClientMonthMoney,
  ClientRevenueResponse,
  MoneyFigures,
} from '@relais/domain';
