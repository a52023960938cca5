export const budgetKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'budgets'] as const,
  /** `month` undefined: the current month, as the API decides it. */
  month: (workspaceId: string, month: string | undefined) =>
    ['workspaces', workspaceId, 'budgets', month ?? 'current'] as const,
};
