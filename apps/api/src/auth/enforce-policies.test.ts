import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { ModerationStatus } from '../shared/enums';
import { enforcePolicies } from './enforce-policies';
import { Allow, Restricted, SignedIn } from './policy';
import type { Viewer } from './viewer';

@ObjectType('EnforceProbe')
class Probe {
  @Field(() => String) ownerId!: string;
  @Field(() => String, { nullable: true })
  @Restricted({ anyOf: [Permission.ModeratePromotions] })
  internalNote!: string | null;
}

let resolverRuns = 0;

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  @SignedIn()
  probe(): Probe {
    resolverRuns++;
    return { ownerId: 'brand-1', internalNote: 'note' };
  }

  @Query(() => String)
  @Allow(Permission.ManageBrands)
  brandsOnly(): string {
    resolverRuns++;
    return 'ok';
  }

  @FieldResolver(() => String, { nullable: true })
  @Restricted<Probe>({ owners: [{ name: 'own brand', when: 'signedIn', owns: (viewer, probe) => viewer.brandId === probe.ownerId }] })
  ownersSecret(@Root() _probe: Probe): string {
    return 'secret';
  }
}

function viewer(brandId: string | null, permissions: Permission[]): Viewer {
  const base = { userId: 'u', sessionId: 's', role: 'BRAND', status: ModerationStatus.APPROVED, partnerId: null, participantId: null };
  return { ...base, brandId, permissions: new Set(permissions) } as Viewer;
}

async function run(source: string, who: Viewer | null) {
  const schema = enforcePolicies(await buildSchema({ resolvers: [ProbeResolver], validate: false }));
  return graphql({ schema, source, contextValue: { viewer: who } });
}

describe('enforcePolicies: the GraphQL side of the one checker', () => {
  it('refuses an anonymous caller with UNAUTHENTICATED before the resolver runs', async () => {
    resolverRuns = 0;
    const result = await run('{ probe { ownerId } }', null);
    expect(result.errors?.[0]?.originalError?.constructor.name).toBe('UnauthenticatedError');
    expect(resolverRuns).toBe(0);
  });

  it('refuses a signed-in caller without the permission with FORBIDDEN, and lets a holder through', async () => {
    resolverRuns = 0;
    const denied = await run('{ brandsOnly }', viewer('brand-1', []));
    expect(denied.errors?.[0]?.originalError?.constructor.name).toBe('ForbiddenError');
    expect(resolverRuns).toBe(0);
    const allowed = await run('{ brandsOnly }', viewer('brand-1', [Permission.ManageBrands]));
    expect(allowed).toEqual({ data: { brandsOnly: 'ok' } });
  });

  it('answers null for a @Restricted field to a caller who neither holds the permission nor owns the record', async () => {
    const stranger = await run('{ probe { internalNote ownersSecret } }', viewer('brand-2', []));
    expect(stranger).toEqual({ data: { probe: { internalNote: null, ownersSecret: null } } });
    const owner = await run('{ probe { internalNote ownersSecret } }', viewer('brand-1', []));
    expect(owner).toEqual({ data: { probe: { internalNote: null, ownersSecret: 'secret' } } });
    const moderator = await run('{ probe { internalNote ownersSecret } }', viewer('brand-2', [Permission.ModeratePromotions]));
    expect(moderator).toEqual({ data: { probe: { internalNote: 'note', ownersSecret: null } } });
  });
});
