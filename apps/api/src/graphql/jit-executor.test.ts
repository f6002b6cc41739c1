import { describe, expect, it } from 'vitest';
import { GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { jitGateway } from './jit-executor';

class Refused extends Error {}

const schema = makeExecutableSchema({
  typeDefs: `
    input LineInput { sku: String! quantity: Int! = 1 tags: [String!]! = [] }
    input OrderInput { currency: String! = "RUB" lines: [LineInput!]! }
    type Query { echo(order: OrderInput!): String! refuse: String }
  `,
  resolvers: {
    Query: {
      echo: (_root: unknown, args: { order: unknown }) => JSON.stringify(args.order),
      refuse: () => {
        throw new Refused('no');
      },
    },
  },
});

async function run(source: string, variables?: Record<string, unknown>) {
  const { executor } = await jitGateway(schema).load({ apollo: {} as never });
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return executor!({
    source,
    document,
    operation,
    operationName: null,
    queryHash: source,
    request: { variables },
    context: {},
  } as unknown as GatewayGraphQLRequestContext);
}

describe('the graphql-jit executor', () => {
  it('fills left-out input fields with their declared defaults, as graphql-js does, nested in lists too', async () => {
    const result = await run('query Q($o: OrderInput!) { echo(order: $o) }', {
      o: { lines: [{ sku: 'A' }, { sku: 'B', quantity: 3, tags: ['x'] }] },
    });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data!.echo)).toEqual({
      currency: 'RUB',
      lines: [
        { sku: 'A', quantity: 1, tags: [] },
        { sku: 'B', quantity: 3, tags: ['x'] },
      ],
    });
  });

  it("refuses a bad variable with graphql-js's own error on the variable (Apollo makes it BAD_USER_INPUT, 400)", async () => {
    const result = await run('query Q($o: OrderInput!) { echo(order: $o) }', { o: { lines: [{ quantity: 2 }] } });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$o" got invalid value .*sku/);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('hands resolver errors on as graphql-js errors that keep the original error, path and an extensions object', async () => {
    const result = await run('{ refuse }');
    const error = result.errors![0]!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(Refused);
    expect(error.path).toEqual(['refuse']);
    expect(error.extensions).toEqual({});
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
  });
});
