export * from './DecisionReason';
