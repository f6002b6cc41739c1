import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
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
  if (problems.length) throw new Error(`Authorization policy check failed:\n  ${problems.join('\n  ')}`);
}
