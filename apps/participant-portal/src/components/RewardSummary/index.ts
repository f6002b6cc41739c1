export * from './RewardSummary';
