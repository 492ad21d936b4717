/** One budget checked against the bench results (budgets.ts makes them, report.ts shows them). */
export interface BudgetCheck {
  /** Where the budget shows in the tables: `${doc}/${metric}` or a section key. */
  row: string;
  text: string;
  measured?: number;
  limit?: number;
  pass?: boolean;
}
