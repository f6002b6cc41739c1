export * from './roles';
export * from './permissions';
export * from './audit';
export * from './personal-data-policy';
export * from './generated/graphql';
