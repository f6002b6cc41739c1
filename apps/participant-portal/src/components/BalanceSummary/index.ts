export * from './BalanceSummary';
