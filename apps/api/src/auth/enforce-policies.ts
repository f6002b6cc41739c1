import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { enforceAccess } from './access';
import { mayReadRestricted, OWNER_RULES_EXTENSION, type OwnerRule, type Policy } from './policy';

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

/**
 * The GraphQL side of the one checker: wraps every field that declares a policy (@SignedIn, @Allow,
 * @Restricted; see policy.ts) with a synchronous guard that asks auth/access.ts, the decision the REST
 * route layer asks too. Done once on the built schema rather than as type-graphql middleware: a
 * middleware is two async frames and a promise chain per field per row, which on a 20-row list page
 * cost more than the page's SQL. Denied operations throw the typed error before their arguments are
 * even validated; a @Restricted field the caller may not read answers null.
 */
export function enforcePolicies(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const policy = field.extensions?.policy as Policy | undefined;
      if (!policy || policy.kind === 'public') continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      field.resolve = guarded(policy, (field.extensions?.[OWNER_RULES_EXTENSION] as OwnerRule[] | undefined) ?? [], resolve);
    }
  }
  return schema;
}

function guarded(policy: Exclude<Policy, { kind: 'public' }>, owners: OwnerRule[], resolve: Resolver): Resolver {
  if (policy.kind === 'restricted') {
    const { anyOf } = policy;
    return (root, args, ctx, info) => (mayReadRestricted(ctx.viewer, root, anyOf, owners) ? resolve(root, args, ctx, info) : null);
  }
  return (root, args, ctx, info) => {
    enforceAccess(ctx.viewer, policy);
    return resolve(root, args, ctx, info);
  };
}
