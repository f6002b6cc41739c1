import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryOperationHasPolicy } from '../auth/assert-policies';
import { enforcePolicies } from '../auth/enforce-policies';
import { FEATURES } from '../features';
import { BoundedDateTimeISO } from '../shared/date-range';
import { describeRootTypes } from './describe-root-types';

/** Every feature's resolvers, from the manifests (src/features.ts). */
export const resolvers = FEATURES.flatMap((feature) => feature.resolvers);

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process; refuses to exist if any operation lacks an authorization policy. */
export function getSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('No feature declares a resolver');
  cached ??= buildSchema({
    resolvers: [first, ...rest],
    // Every Date field and argument: ISO 8601, and only dates within DATE_RANGE as input.
    scalarsMap: [{ type: Date, scalar: BoundedDateTimeISO }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  }).then((schema) => {
    assertEveryOperationHasPolicy(schema);
    return enforcePolicies(describeRootTypes(schema));
  });
  return cached;
}
