export * from './ModerationQueue';
export * from './useQueueParams';
