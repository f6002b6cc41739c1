export * from './permissions';
export * from './personal-data-policy';
export * from './generated/graphql';
