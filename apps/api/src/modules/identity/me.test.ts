import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import { countQueries } from '../../test/query-counter';
import type { GraphQLTestClient } from '../../test/graphql-client';

/** `me` reads the user's profile row only when a profile field is asked, however the fields are spelled. */
describe('me: the profile is read only when asked', () => {
  let api: TestApi;
  let world: World;
  let partner: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    partner = await signIn(api, world.partnerA.email);
  });
  afterAll(() => api?.stop());

  async function statements(query: string): Promise<{ n: number; me: Record<string, unknown> }> {
    await partner.ok('{ __typename }'); // the session is cached: count what `me` itself reads
    const counter = countQueries(api.db.orm);
    let me: Record<string, unknown> = {};
    const n = await counter.during(async () => {
      me = (await partner.ok(query)).me;
    });
    counter.stop();
    return { n, me };
  }

  it('answers the session’s own fields without a statement', async () => {
    const { n, me } = await statements('{ me { __typename id role status permissions } }');
    expect(n).toBe(0);
    expect(me).toMatchObject({ __typename: 'Viewer', id: world.partnerA.userId, role: 'PARTNER', status: 'APPROVED' });
    expect(me.permissions).toContain('ReadPartnerPromotions');
  });

  it('loads the organisation through its loader, still without the profile', async () => {
    const { n, me } = await statements('{ me { id partner { id legalName } } }');
    expect(n).toBe(1);
    expect(me).toEqual({ id: world.partnerA.userId, partner: { id: world.partnerA.partnerId, legalName: 'Partner A' } });
  });

  it('reads the profile for a profile field, also through fragments and aliases', async () => {
    for (const query of [
      '{ me { id email } }',
      '{ me { id ... on Viewer { email } } }',
      '{ me { ...Who } } fragment Who on Viewer { id email }',
      '{ me { id address: email } }',
    ]) {
      const { n, me } = await statements(query);
      expect(n, query).toBe(1);
      expect(me.email ?? me.address, query).toBe(world.partnerA.email);
    }
  });
});
