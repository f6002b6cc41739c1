export * from './permissions';
export * from './generated/graphql';
