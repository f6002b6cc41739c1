import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { getSchema } from '../graphql/build-schema';
import { assertEveryOperationHasPolicy, PUBLIC_OPERATIONS, policyOf } from './assert-policies';
import { Allow, Public, Restricted, SignedIn } from './policy';

describe('authorization policies', () => {
  it('every operation of the real schema declares a policy', async () => {
    const schema = await getSchema();
    expect(() => assertEveryOperationHasPolicy(schema)).not.toThrow();
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const name of Object.keys(root.getFields())) expect(policyOf(schema, root.name, name), `${root.name}.${name}`).toBeDefined();
    }
  });

  it('public operations are exactly the allowlist', async () => {
    const schema = await getSchema();
    const publicOps = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.keys(root.getFields())
        .filter((f) => policyOf(schema, root.name, f)?.kind === 'public')
        .map((f) => `${root.name}.${f}`),
    );
    expect(publicOps.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('refuses a schema with an operation that declares no policy', async () => {
    @Resolver()
    class ForgetfulResolver {
      @Query(() => String)
      secrets(): string {
        return 'all of them';
      }
    }
    const schema = await buildSchema({ resolvers: [ForgetfulResolver], validate: false });
    expect(() => assertEveryOperationHasPolicy(schema)).toThrow(/Query\.secrets declares no policy/);
  });

  it('refuses a public operation that is not on the allowlist', async () => {
    @Resolver()
    class SneakyResolver {
      @Query(() => String)
      @Public()
      everything(): string {
        return 'open';
      }
    }
    const schema = await buildSchema({ resolvers: [SneakyResolver], validate: false });
    expect(() => assertEveryOperationHasPolicy(schema)).toThrow(/Query\.everything is public but not on PUBLIC_OPERATIONS/);
  });

  it('refuses @Allow on a field: a field the caller may not read answers null (@Restricted), never FORBIDDEN', async () => {
    @ObjectType('PolicyProbeA')
    class Probe {
      @Field(() => String) id!: string;
    }
    @Resolver(() => Probe)
    class ProbeResolver {
      @Query(() => Probe)
      @SignedIn()
      probeA(): Probe {
        return { id: '1' };
      }
      @FieldResolver(() => String, { nullable: true })
      @Allow(Permission.ManageBrands)
      secret(@Root() _p: Probe): string {
        return 'x';
      }
    }
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    expect(() => assertEveryOperationHasPolicy(schema)).toThrow(/PolicyProbeA\.secret is a field: use @Restricted/);
  });

  it('refuses a @Restricted field that is not nullable', async () => {
    @ObjectType('PolicyProbeB')
    class Probe {
      @Field(() => String) id!: string;
      @Field(() => String)
      @Restricted({ anyOf: [Permission.ManageBrands] })
      secret!: string;
    }
    @Resolver(() => Probe)
    class ProbeResolver {
      @Query(() => Probe)
      @SignedIn()
      probeB(): Probe {
        return { id: '1', secret: 'x' };
      }
    }
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    expect(() => assertEveryOperationHasPolicy(schema)).toThrow(/PolicyProbeB\.secret is @Restricted, so it must be nullable/);
  });
});
