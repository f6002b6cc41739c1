import { HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../config';
import { createApolloServer } from './apollo';

const schema = buildSchema('"Reads" type Query { "A greeting" hello: String }');

function configFor(isProduction: boolean): AppConfig {
  return { isProduction, graphql: { maxDepth: 10, maxCost: 5000, introspection: !isProduction } } as AppConfig;
}

/** What a browser gets from GET /graphql (Accept: text/html). */
async function landingPage(isProduction: boolean) {
  const server = createApolloServer(schema, configFor(isProduction));
  await server.start();
  stops.push(() => server.stop());
  const res = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'GET', headers: new HeaderMap([['accept', 'text/html']]), search: '', body: undefined },
    context: async () => ({}) as never,
  });
  const body = res.body.kind === 'complete' ? res.body.string : '';
  return { status: res.status ?? 200, contentType: res.headers.get('content-type') ?? '', body };
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

describe('GraphQL explorer at /graphql', () => {
  it('serves embedded Apollo Sandbox in development', async () => {
    const page = await landingPage(false);
    expect(page.contentType).toMatch(/text\/html/);
    expect(page.body).toMatch(/EmbeddedSandbox/);
  });

  it('serves no explorer in production', async () => {
    const page = await landingPage(true);
    expect(page.body).not.toMatch(/Sandbox/i);
  });
});
