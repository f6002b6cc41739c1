import type { GraphQLSchema } from 'graphql';

/**
 * type-graphql has no decorator for the root types' own descriptions, and the schema linter
 * (packages/schema/.graphql-schema-linterrc) wants every type described: set them on the built schema.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads: every query declares who may call it; lists are paged with PageInput';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description = 'Writes: every mutation declares who may call it; bad input is refused with a typed error and changes nothing';
  return schema;
}
