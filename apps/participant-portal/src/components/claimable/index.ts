export * from './claimable';
