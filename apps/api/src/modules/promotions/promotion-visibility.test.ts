import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { Promotion } from './promotion.entity';
import { PromotionStatus } from './promotion.enums';
import { seedMember, seedPromotion } from './promotion.test-kit';

const LIST = `query L($filter: PromotionFilter, $sort: PromotionSort, $page: PageInput) {
  promotions(filter: $filter, sort: $sort, page: $page) { total items { id name status brand { id } } } }`;
const ONE = `query P($id: ID!) { promotion(id: $id) { id } }`;

type Key = 'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2' | 'b3' | 'b4';

/**
 * Who sees which promotions, in the list (plain SQL) and one by one: every role against promotions of
 * every status and audience, so the list's hand-written condition is held to the rules.
 */
describe('promotions: who sees which, in the list and one by one', () => {
  let api: TestApi;
  let world: World;
  const ids = {} as Record<Key, string>;
  const clients: Record<string, GraphQLTestClient> = {};

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    const a = { brandId: world.brandA.brandId, productId: world.productA.productId };
    const b = { brandId: world.brandB.brandId, productId: world.productB.productId };
    ids.a1 = (await seedPromotion(api.db.orm, { ...a, status: PromotionStatus.ACTIVE })).id;
    ids.a2 = (await seedPromotion(api.db.orm, { ...a, status: PromotionStatus.DRAFT })).id;
    ids.a3 = (await seedPromotion(api.db.orm, { ...a, status: PromotionStatus.ACTIVE, chosenPartnerIds: [world.partnerA.partnerId] })).id;
    ids.a4 = (await seedPromotion(api.db.orm, { ...a, status: PromotionStatus.REJECTED })).id;
    ids.b1 = (
      await seedPromotion(api.db.orm, { ...b, status: PromotionStatus.SCHEDULED, chosenPartnerIds: [world.partnerB.partnerId] })
    ).id;
    ids.b2 = (await seedPromotion(api.db.orm, { ...b, status: PromotionStatus.ENDED })).id;
    ids.b3 = (await seedPromotion(api.db.orm, { ...b, status: PromotionStatus.IN_REVIEW })).id;
    const b4 = await seedPromotion(api.db.orm, { ...b, status: PromotionStatus.PAUSED, chosenPartnerIds: [world.partnerB.partnerId] });
    ids.b4 = b4.id;
    // Participant A once joined b4 (before its audience narrowed): a member keeps seeing it.
    await seedMember(api.db.orm, b4.id, b4.optionId, world.participantA.participantId);
    for (const [name, email] of Object.entries({
      admin: world.admin.email,
      brandA: world.brandA.email,
      brandB: world.brandB.email,
      partnerA: world.partnerA.email,
      partnerB: world.partnerB.email,
      participantA: world.participantA.email,
      participantB: world.participantB.email,
      pendingParticipant: world.pendingParticipantA.email,
    })) {
      clients[name] = await signIn(api, email);
    }
  }, 120_000);
  afterAll(() => api?.stop());

  const ALL: Key[] = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
  const SEES: Record<string, Key[]> = {
    admin: ALL,
    brandA: ['a1', 'a2', 'a3', 'a4'],
    brandB: ['b1', 'b2', 'b3', 'b4'],
    partnerA: ['a1', 'a3', 'b2'],
    partnerB: ['a1', 'b1', 'b2', 'b4'],
    participantA: ['a1', 'a3', 'b2', 'b4'],
    participantB: ['a1', 'b1', 'b2', 'b4'],
  };
  const keyOf = (id: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === id);

  for (const [actor, visible] of Object.entries(SEES)) {
    it(`${actor}: the list and a single promotion agree with the rules`, async () => {
      const { promotions } = await clients[actor]!.ok(LIST, { page: { limit: 100 } });
      expect(promotions.items.map((p: { id: string }) => keyOf(p.id)).sort()).toEqual([...visible].sort());
      expect(promotions.total).toBe(visible.length);
      for (const key of ALL) {
        expect(`${key}: ${await clients[actor]!.code(ONE, { id: ids[key] })}`).toBe(
          `${key}: ${visible.includes(key) ? null : 'NOT_FOUND'}`,
        );
      }
    });
  }

  it('the list reads counts and payout options ahead, and they agree with the promotion read alone', async () => {
    const ROW = `id memberCount payoutOptions { id name kind value isDefault position createdAt updatedAt }`;
    for (const actor of ['admin', 'brandB', 'partnerB', 'participantA']) {
      const { promotions } = await clients[actor]!.ok(`{ promotions(page: { limit: 100 }) { items { ${ROW} } } }`);
      expect(promotions.items.length).toBe(SEES[actor]!.length);
      for (const item of promotions.items) {
        const { promotion } = await clients[actor]!.ok(`query P($id: ID!) { promotion(id: $id) { ${ROW} } }`, { id: item.id });
        expect(item, `${actor} ${keyOf(item.id)}`).toEqual(promotion);
      }
    }
    // b4 has one member, participant A of partner A: partner B counts none of its own, admin and brand B count one.
    const count = async (actor: string) => {
      const { promotions } = await clients[actor]!.ok(`{ promotions(page: { limit: 100 }) { items { id memberCount } } }`);
      return promotions.items.find((p: { id: string }) => p.id === ids.b4).memberCount;
    };
    expect([await count('admin'), await count('brandB'), await count('partnerB'), await count('participantA')]).toEqual([1, 1, 0, null]);
  });

  it('a pending participant may not list promotions', async () => {
    expect(await clients.pendingParticipant!.code(LIST, {})).toBe('FORBIDDEN');
  });

  it('filters, sorts and pages like before: statuses, brand, search by name, order with ties by id, total past the end', async () => {
    const admin = clients.admin!;
    const byStatus = await admin.ok(LIST, { filter: { statuses: ['ACTIVE', 'PAUSED'] }, page: { limit: 100 } });
    expect(byStatus.promotions.items.map((p: { id: string }) => keyOf(p.id)).sort()).toEqual(['a1', 'a3', 'b4']);
    const byBrand = await admin.ok(LIST, { filter: { brandId: world.brandB.brandId }, page: { limit: 100 } });
    expect(byBrand.promotions.total).toBe(4);
    expect(await admin.code(LIST, { filter: { brandId: 'not-an-id' } })).toBe('NOT_FOUND');

    const em = api.db.orm.em.fork();
    const a1 = await em.findOneOrFail(Promotion, ids.a1);
    a1.name = 'Spring 100%_sale';
    await em.flush();
    const search = await admin.ok(LIST, { filter: { search: '100%_' } });
    expect(search.promotions.items.map((p: { id: string }) => keyOf(p.id))).toEqual(['a1']);
    expect((await admin.ok(LIST, { filter: { search: '100%x' } })).promotions.total).toBe(0);

    const byName = await admin.ok(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { limit: 100 } });
    const names = byName.promotions.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)));
    const newest = await admin.ok(LIST, { page: { limit: 3 } });
    const next = await admin.ok(LIST, { page: { limit: 3, offset: 3 } });
    const rest = await admin.ok(LIST, { page: { limit: 3, offset: 6 } });
    const paged = [...newest.promotions.items, ...next.promotions.items, ...rest.promotions.items].map((p: { id: string }) => p.id);
    expect(new Set(paged).size).toBe(8);
    const pastTheEnd = await admin.ok(LIST, { page: { limit: 3, offset: 50 } });
    expect(pastTheEnd.promotions).toEqual({ total: 8, items: [] });
  });
});
