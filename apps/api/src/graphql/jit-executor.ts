import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { withInputDefaults } from './input-defaults';

/** Distinct operations kept compiled; the portals send a few dozen, so this bounds only abuse. */
const MAX_COMPILED_OPERATIONS = 1000;

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is compiled once
 * into a function that walks exactly its selection. On a 20-row list page graphql-js's generic walk
 * cost more than the page's SQL (bench/api/RESULTS.md): the same page on a bare Apollo server with
 * static rows went from a quarter of `{ __typename }`'s rate to more than half once compiled. Parsing,
 * validation (graphql-armor's limits included), the input guard and error formatting stay Apollo's;
 * only execution changes. Every policy still applies, since enforce-policies.ts wraps the resolvers
 * themselves.
 *
 * Apollo Server 5 has no executor option: a custom executor is handed over through its gateway
 * interface, which is what that interface's `executor` is for (the schema is ours, not a supergraph).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery>({ max: MAX_COMPILED_OPERATIONS });
  const executor: GatewayExecutor = async ({ queryHash, document, operation, operationName, request, context }) => {
    // Apollo has already hashed the document text (SHA-256) for its own caches.
    const key = `${operationName ?? ''}\u0000${queryHash}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      // Not compiled: the errors graphql-js would give for this document and operation name.
      if (!isCompiledQuery(result)) return result as ExecutionResult;
      query = result;
      compiled.set(key, query);
    }
    // Variables are checked by graphql-js first, so a bad value gets graphql-js's message (the scalar's
    // own, such as the date range) and Apollo's BAD_USER_INPUT with HTTP 400, exactly as before.
    const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 20 });
    if (coercion.errors) return { errors: coercion.errors };
    const variables = request.variables ? withInputDefaults(schema, operation, request.variables) : {};
    const result = await query.query(undefined, context, variables);
    return result.errors?.length ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's are `{}`, which Apollo's error
 * normalising reads without a guard (every resolver error then came out INTERNAL_SERVER_ERROR). Made
 * again as graphql-js errors, keeping the original error (what format-error.ts maps), path and locations.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  return Object.assign(copy, { locations: error.locations });
}
