import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config';
import type { RequestContext } from './context';
import { formatError, isExpectedError } from './format-error';

/** Logs unexpected errors with the request id before formatError masks them. */
const logUnexpectedErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log?.error({ err: error.originalError ?? error, operationName, path: error.path }, 'unexpected error in GraphQL operation');
          }
        }
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, config: AppConfig): ApolloServer<RequestContext> {
  // graphql-armor: depth, cost, alias and directive limits, and no field suggestions in production.
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    costLimit: { maxCost: config.graphql.maxCost },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [...protection.plugins, logUnexpectedErrors],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (HTTP, jobs, database in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}
