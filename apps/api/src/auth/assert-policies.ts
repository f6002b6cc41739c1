import { type GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { Route } from '../routes/define-route';
import { routeKey } from '../routes/define-route';
import type { Policy } from './policy';

/** Names of the operations that anonymous callers may use; a new Public() must be added here too. */
export const PUBLIC_OPERATIONS = new Set([
  'Query.me',
  'Query.lookupCompany',
  'Query.partnerByInviteCode',
  'Mutation.login',
  'Mutation.registerParticipant',
  'Mutation.registerPartner',
  'Mutation.setPassword',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
]);

/** The REST routes anonymous callers may use, as 'METHOD /path'; a new Policy.public() route is added here too. */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set<string>([]);

export function policyOf(schema: GraphQLSchema, typeName: string, fieldName: string): Policy | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  return type.getFields()[fieldName]?.extensions?.policy as Policy | undefined;
}

/**
 * Refuses to build a schema in which an operation or a field resolver has no declared policy, or
 * in which a public operation is not on the allowlist. Runs at every boot and at schema emission,
 * so a missing policy fails the build.
 */
export function assertEveryOperationHasPolicy(schema: GraphQLSchema): void {
  const problems: string[] = [];
  const check = (typeName: string, fieldName: string) => {
    const policy = policyOf(schema, typeName, fieldName);
    const name = `${typeName}.${fieldName}`;
    if (!policy) problems.push(`${name} declares no policy (use @Public, @SignedIn or @Allow)`);
    else if (policy.kind === 'public' && !PUBLIC_OPERATIONS.has(name)) problems.push(`${name} is public but not on PUBLIC_OPERATIONS`);
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const fieldName of Object.keys(root.getFields())) check(root.name, fieldName);
  }
  for (const fr of getMetadataStorage().fieldResolvers) {
    const typeName = fr.getObjectType?.()?.name;
    if (!typeName || !schema.getType(typeName)) continue;
    const objectType = getMetadataStorage().objectTypes.find((o) => o.target === fr.getObjectType?.());
    if (objectType && isObjectType(schema.getType(objectType.name))) check(objectType.name, fr.schemaName);
  }
  problems.push(...fieldPolicyProblems(schema));
  if (problems.length) throw new Error(`Authorization policy check failed:\n  ${problems.join('\n  ')}`);
}

/**
 * One rule for fields: a field the caller may not read answers null, never FORBIDDEN. So a nested
 * field declares @Restricted (not @Allow, which refuses with an error) and is nullable; operations
 * are the only place a policy refuses the call.
 */
function fieldPolicyProblems(schema: GraphQLSchema): string[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name),
  );
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const policy = field.extensions?.policy as Policy | undefined;
      const name = `${type.name}.${field.name}`;
      if (roots.has(type.name)) {
        if (policy?.kind === 'restricted') problems.push(`${name} is an operation: use @Allow, @Restricted is for fields`);
      } else if (policy?.kind === 'permissions') {
        problems.push(`${name} is a field: use @Restricted (null for callers who may not read it) instead of @Allow`);
      } else if (policy?.kind === 'restricted' && isNonNullType(field.type)) {
        problems.push(`${name} is @Restricted, so it must be nullable (callers who may not read it get null)`);
      }
    }
  }
  return problems;
}

const PERMISSIONS: ReadonlySet<string> = new Set(Object.values(Permission));

/**
 * The REST routes' counterpart of assertEveryOperationHasPolicy(): the route layer runs it when the
 * app is built, so a route without a policy (which does not type-check either), with an unknown
 * permission, public but off PUBLIC_ROUTES, or declared twice, stops the API from starting.
 */
export function assertEveryRouteHasPolicy(routes: readonly Pick<Route, 'method' | 'path' | 'policy'>[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const name = routeKey(route);
    if (seen.has(name)) problems.push(`${name} is declared twice`);
    seen.add(name);
    const policy = route.policy as Policy | undefined;
    if (!policy) problems.push(`${name} declares no policy (use Policy.public(), Policy.signedIn() or Policy.allow(...))`);
    else if (policy.kind === 'public') {
      if (!PUBLIC_ROUTES.has(name)) problems.push(`${name} is public but not on PUBLIC_ROUTES`);
    } else if (policy.kind === 'permissions') {
      if (policy.anyOf.length === 0) problems.push(`${name} allows no permission`);
      for (const p of policy.anyOf) if (!PERMISSIONS.has(p)) problems.push(`${name} names an unknown permission ${String(p)}`);
    } else if (policy.kind !== 'signedIn') problems.push(`${name} declares a policy a route cannot have (${policy.kind})`);
  }
  if (problems.length) throw new Error(`Route policy check failed:\n  ${problems.join('\n  ')}`);
}
