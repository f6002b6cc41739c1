export * from './ModerationQueue';
export * from './useQueueParams';
export * from './PhoneDetails';
