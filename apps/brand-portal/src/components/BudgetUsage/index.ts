export { BudgetUsageBar } from './BudgetUsageBar';
