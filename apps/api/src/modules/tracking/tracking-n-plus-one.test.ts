import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { countQueries } from '../../test/query-counter';
import { TrackingMode } from '../promotions/promotion.enums';
import { DOMAINS, ISSUE, MEMBER_TRACKING, seedParticipants, trackedPromotion } from './tracking.test-kit';

const BOARD = `query B($id: ID!, $page: PageInput) { promotionMembers(promotionId: $id, page: $page) {
  total items { id stage participant { id name } ${MEMBER_TRACKING} } } }`;

/** Links, current codes and code histories of a board page load in batches: 10 rows and 40 cost the same. */
describe('tracking: no N+1 on the members board', () => {
  let api: TestApi;
  let world: World;
  let brand: GraphQLTestClient;
  let promotionId: string;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    brand = await signIn(api, world.brandA.email);
    const participants = await seedParticipants(
      api.db.orm,
      world,
      Array.from({ length: 40 }, (_, i) => `Member ${i}`),
    );
    const p = await trackedPromotion(api.db.orm, world, {
      modes: [TrackingMode.TRACKING_LINK, TrackingMode.PROMO_CODE],
      settings: { landingUrl: 'https://brand-a.example/', codePattern: 'N{DIGITS:6}' },
      participantIds: participants,
    });
    promotionId = p.id;
    await brand.ok(DOMAINS, { input: { domains: ['brand-a.example'] } });
    await brand.ok(ISSUE, { input: { promotionId } });
  }, 120_000);
  afterAll(() => api?.stop());

  async function statements(limit: number): Promise<number> {
    await brand.ok('{ __typename }');
    const counter = countQueries(api.db.orm);
    let rows: Array<{ trackingLink: unknown; promoCode: unknown }> = [];
    const n = await counter.during(async () => {
      rows = (await brand.ok(BOARD, { id: promotionId, page: { limit } })).promotionMembers.items;
    });
    counter.stop();
    expect(rows).toHaveLength(limit);
    expect(rows.every((r) => r.trackingLink && r.promoCode)).toBe(true);
    return n;
  }

  it('the board with links and codes', async () => {
    const ten = await statements(10);
    const forty = await statements(40);
    expect(forty).toBe(ten);
  });
});
