import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config';
import type { RequestContext } from '../context';
import { formatError, isExpectedError } from './format-error';
import { inputGuardPlugin } from './input-guard';
import { jitGateway } from './jit-executor';

/**
 * Logs unexpected errors with the request id before formatError masks them, and marks every answer
 * `Cache-Control: no-store`. That header is what Apollo's cache-control plugin wrote for this
 * schema, which declares no cache hints; that plugin is off (below) because it wraps every field
 * resolver of the schema to collect hints, a cost on each field of each row of a list.
 */
const requestPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ response }) {
    response.http.headers.set('cache-control', 'no-store');
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log?.error(
              { err: error.originalError ?? error, operationName, path: error.path },
              'unexpected error in GraphQL operation',
            );
          }
        }
      },
    };
  },
};

/** Tokens in one document; past this the parser stops (a syntax error: 400 GRAPHQL_PARSE_FAILED). */
export const MAX_TOKENS = 2000;
/** Aliased fields in one operation, `__typename` included (an alias is an alias whatever it names). */
export const MAX_ALIASES = 15;

/**
 * GET /graphql from a browser: in development Apollo Sandbox, embedded, to explore the described schema
 * and run operations with the session cookie; in production no landing page (introspection is off there).
 * Either way an explicit choice, not Apollo's NODE_ENV guess. CSRF prevention is untouched: the page
 * is a plain GET of HTML, and Sandbox sends its operations as JSON POSTs, which CSRF prevention admits.
 */
export function landingPagePlugin(config: Pick<AppConfig, 'isProduction'>): ApolloServerPlugin<RequestContext> {
  return config.isProduction
    ? ApolloServerPluginLandingPageDisabled()
    : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true });
}

export function createApolloServer(schema: GraphQLSchema, config: AppConfig): ApolloServer<RequestContext> {
  // graphql-armor: depth, cost, alias and directive limits, and no field suggestions in production.
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    costLimit: { maxCost: config.graphql.maxCost },
    // armor leaves `__typename` out of the count by default, so `a1: __typename ...` went unlimited.
    maxAliases: { n: MAX_ALIASES, allowList: [] },
    maxDirectives: { n: 20 },
    // armor's token limit throws from a plugin hook, which Apollo answers with HTTP 500 (for any
    // syntax error too); graphql-js's own parser limit below fails the parse itself: 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    // The schema, executed by graphql-jit (jit-executor.ts).
    gateway: jitGateway(schema),
    introspection: config.graphql.introspection,
    parseOptions: { maxTokens: MAX_TOKENS },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [...protection.plugins, inputGuardPlugin, requestPlugin, ApolloServerPluginCacheControlDisabled(), landingPagePlugin(config)],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (HTTP, jobs, database in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}
