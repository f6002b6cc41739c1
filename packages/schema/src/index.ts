export * from './permissions';
export * from './audit';
export * from './generated/graphql';
