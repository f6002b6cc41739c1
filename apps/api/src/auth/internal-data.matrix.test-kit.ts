import { expect } from 'vitest';
import { Role } from '@motiva/schema';
import { User } from '../modules/identity/user.entity';
import { ModerationDecision, ModerationSubject } from '../modules/moderation/moderation-decision.entity';
import { Product } from '../modules/products/product.entity';
import { Promotion } from '../modules/promotions/promotion.entity';
import { PromotionStatus } from '../modules/promotions/promotion.enums';
import { ModerationStatus } from '../shared/enums';
import { everyone, only, signedIn, type Actor, type Env, type Outcome, type Row } from '../test/matrix-kit';

/**
 * Rows of the authorization matrix for internal data reached through nested fields, and for searches
 * that could confirm what the caller is never shown. Every internal value the seed writes carries
 * CANARY, so a verify can prove it never reaches a caller who is neither an admin nor the owner, and
 * that the owner still reads it.
 */
const CANARY = 'CANARY';

interface Canaries {
  /** Brand A's ACTIVE promotion, open to partner A, participant A a member; it and its product carry moderation canaries. */
  promotionId: string;
  memberId: string;
}

let seeded: Promise<Canaries> | undefined;
function canaries(env: Env): Promise<Canaries> {
  seeded ??= (async () => {
    const { id, optionId } = await env.seedPromotion(PromotionStatus.ACTIVE);
    const memberId = await env.seedMember(id, optionId, env.world.participantA.participantId);
    const em = env.api.db.orm.em.fork();
    const admin = await em.findOneOrFail(User, { role: Role.ADMIN });
    const decide = (subjectType: ModerationSubject, subjectId: string) =>
      em.create(ModerationDecision, {
        subjectType,
        subjectId,
        decision: ModerationStatus.REJECTED,
        reason: `${CANARY} ${subjectType} reason`,
        moderator: admin,
      });
    decide(ModerationSubject.PRODUCT, env.world.productA.productId);
    decide(ModerationSubject.PROMOTION, id);
    decide(ModerationSubject.PARTNER, env.world.partnerA.partnerId);
    decide(ModerationSubject.PARTICIPANT, env.world.participantA.participantId);
    await em.nativeUpdate(Product, { id: env.world.productA.productId }, { rejectionReason: `${CANARY} product rejection` });
    await em.nativeUpdate(Promotion, { id }, { rejectionReason: `${CANARY} promotion rejection` });
    await em.flush();
    return { promotionId: id, memberId };
  })();
  return seeded;
}

/** Who owns brand A's promotion and product, and so reads their moderation data. */
const PROMOTION_OWNERS: Actor[] = ['admin', 'brandA'];
const leaks = (res: { data?: unknown }) => JSON.stringify(res.data ?? null).includes(CANARY);
function expectCanary(owners: Actor[]) {
  return async ({ actor }: { actor: Actor }, _env: Env, outcome: Outcome, res: { data?: unknown }) => {
    if (outcome !== 'OK') return;
    expect(`${actor} reads internal data: ${leaks(res)}`).toBe(`${actor} reads internal data: ${owners.includes(actor)}`);
  };
}
/** Brand A's promotion is open to partner A only. */
const audienceA = () =>
  only({
    admin: 'OK',
    brandA: 'OK',
    brandB: 'NOT_FOUND',
    partnerA: 'OK',
    partnerB: 'NOT_FOUND',
    participantA: 'OK',
    participantB: 'NOT_FOUND',
  });

const MODERATION = `rejectionReason decisions { decision reason moderatorName }`;
const PRODUCT_MODERATION = `products { id ${MODERATION} }`;

export const INTERNAL_DATA_ROWS: Row[] = [
  {
    operation: 'Query.promotions',
    title: 'items { products { decisions } } of a promotion open to the caller',
    // The leak the review found: a brand's moderation history read through a list of promotions.
    async run({ client }, env) {
      await canaries(env);
      return client.request(`{ promotions(page: { limit: 100 }) { items { id ${PRODUCT_MODERATION} } } }`);
    },
    expect: signedIn(),
    async verify(cell, env, outcome, res) {
      if (outcome === 'OK' && ['partnerA', 'participantA'].includes(cell.actor)) {
        const { promotionId } = await canaries(env);
        const mine = res.data.promotions.items.find((p: any) => p.id === promotionId);
        expect(mine, 'the promotion is open to them').toBeDefined();
        expect(mine.products).toEqual([{ id: env.world.productA.productId, rejectionReason: null, decisions: null }]);
      }
      await expectCanary(PROMOTION_OWNERS)(cell, env, outcome, res);
    },
  },
  {
    operation: 'Query.promotion',
    title: 'products { decisions } and earnings { product { decisions } }',
    run: async ({ client }, env) =>
      client.request(`query P($id: ID!) { promotion(id: $id) { id ${PRODUCT_MODERATION} earnings { product { id ${MODERATION} } } } }`, {
        id: (await canaries(env)).promotionId,
      }),
    expect: audienceA(),
    verify: expectCanary(PROMOTION_OWNERS),
  },
  {
    operation: 'Query.promotion',
    title: 'the promotion’s own moderation data, audience and board counts',
    async run({ client }, env) {
      return client.request(
        `query P($id: ID!) { promotion(id: $id) { id ${MODERATION} audiencePartners { id } memberStageCounts { stage } } }`,
        {
          id: (await canaries(env)).promotionId,
        },
      );
    },
    expect: audienceA(),
    async verify(cell, env, outcome, res) {
      if (outcome === 'OK' && !PROMOTION_OWNERS.includes(cell.actor)) {
        expect(res.data.promotion).toMatchObject({
          rejectionReason: null,
          decisions: null,
          audiencePartners: null,
          memberStageCounts: null,
        });
      }
      await expectCanary(PROMOTION_OWNERS)(cell, env, outcome, res);
    },
  },
  {
    operation: 'Query.promotionMembers',
    title: 'promotion { products { decisions } } of a member',
    // A member's promotion and its products, reached from the member side.
    run: async ({ client }, env) =>
      client.request(`query M($id: ID!) { promotionMembers(promotionId: $id) { items { id promotion { id ${PRODUCT_MODERATION} } } } }`, {
        id: (await canaries(env)).promotionId,
      }),
    expect: audienceA(),
    verify: expectCanary(PROMOTION_OWNERS),
  },
  {
    operation: 'Query.me',
    title: 'partner company reached through the own profile',
    // A participant reaches their partner company through their own profile: its contact person,
    // invite code, head count and moderation history are the partner's, not theirs.
    async run({ client }, env) {
      await canaries(env);
      return client.request(`{ me { partner { id contactName contactEmail contactPhone inviteCode participantCount ${MODERATION} }
        participant { id email phone ${MODERATION} partner { id legalName contactName contactEmail contactPhone inviteCode participantCount ${MODERATION} } } } }`);
    },
    expect: everyone(),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const me = res.data.me;
      if (actor === 'participantA') {
        expect(me.participant.email).toBe(env.world.participantA.email); // their own
        expect(me.participant.decisions, 'the moderator’s notes on them are the platform’s').toBeNull();
        expect(me.participant.partner).toEqual({
          id: env.world.partnerA.partnerId,
          legalName: 'Partner A',
          contactName: null,
          contactEmail: null,
          contactPhone: null,
          inviteCode: null,
          participantCount: null,
          rejectionReason: null,
          decisions: null,
        });
      }
      if (actor === 'partnerA') {
        expect(me.partner).toMatchObject({ contactEmail: 'partnera@p.test', inviteCode: env.world.partnerA.inviteCode });
        expect(me.partner.decisions.map((d: any) => d.reason)).toContain(`${CANARY} PARTNER reason`);
      }
      expect(leaks(res)).toBe(actor === 'partnerA');
    },
  },
  {
    operation: 'Query.participants',
    title: 'decisions of own participants',
    // The partner is the owning organisation of its participants: it still reads their moderation history.
    async run({ client }, env) {
      await canaries(env);
      return client.request(`{ participants(page: { limit: 100 }) { items { id email ${MODERATION} } } }`);
    },
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'OK' }),
    async verify(cell, env, outcome, res) {
      if (outcome === 'OK' && cell.actor !== 'admin') expect(res.data.participants.items.every((p: any) => p.email)).toBe(true);
      await expectCanary(['admin', 'partnerA'])(cell, env, outcome, res);
    },
  },
  {
    operation: 'Query.promotionMembers',
    title: 'search by exact email',
    // The email oracle: a brand is never shown a participant's email, so it cannot search by it either.
    async run({ client }, env) {
      const id = (await canaries(env)).promotionId;
      const search = (term: string) =>
        client.request(`query M($id: ID!, $s: String) { promotionMembers(promotionId: $id, filter: { search: $s }) { total } }`, {
          id,
          s: term,
        });
      const [byEmail, byName] = await Promise.all([search(env.world.participantA.email), search('participant-a')]);
      return {
        errors: byEmail.errors ?? byName.errors,
        data: { byEmail: byEmail.data?.promotionMembers.total, byName: byName.data?.promotionMembers.total },
      };
    },
    expect: audienceA(),
    async verify({ actor }, _env, outcome, res) {
      if (outcome !== 'OK') return;
      expect(`${actor} by name: ${res.data.byName}`).toBe(`${actor} by name: 1`);
      const readsEmails = actor === 'admin' || actor === 'partnerA';
      expect(`${actor} by email: ${res.data.byEmail}`).toBe(`${actor} by email: ${readsEmails ? 1 : 0}`);
    },
  },
  {
    operation: 'Query.promotionCandidates',
    title: 'search by exact email',
    async run({ client }, env) {
      // A fresh promotion open to partner A with no members: participant A is a candidate.
      const { id } = await env.seedPromotion(PromotionStatus.DRAFT);
      const search = (term: string) =>
        client.request(`query C($id: ID!, $s: String) { promotionCandidates(promotionId: $id, search: $s) { total } }`, { id, s: term });
      const [byEmail, byName] = await Promise.all([search(env.world.participantA.email), search('participant-a')]);
      return {
        errors: byEmail.errors ?? byName.errors,
        data: { byEmail: byEmail.data?.promotionCandidates.total, byName: byName.data?.promotionCandidates.total },
      };
    },
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
    async verify(_cell, _env, outcome, res) {
      if (outcome === 'OK') expect(res.data).toEqual({ byEmail: 0, byName: 1 });
    },
  },
  {
    operation: 'Query.products',
    title: 'brand B searches brand A’s SKU',
    // Brand B searching for brand A's product by its exact SKU finds nothing.
    run: ({ client }, { world }) =>
      client.request(`query S($s: String) { products(filter: { search: $s }) { total } }`, { s: world.productA.sku }),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, _env, outcome, res) {
      if (outcome === 'OK') expect(`${actor}: ${res.data.products.total}`).toBe(`${actor}: ${actor === 'brandB' ? 0 : 1}`);
    },
  },
  {
    operation: 'Query.promotions',
    title: 'brand B searches brand A’s promotion name',
    // Brand B searching for brand A's promotion by its exact name finds nothing.
    async run({ client }, env) {
      const promotion = await env.api.db.orm.em.fork().findOneOrFail(Promotion, (await canaries(env)).promotionId);
      return client.request(`query S($s: String) { promotions(filter: { search: $s }) { total } }`, { s: promotion.name });
    },
    expect: signedIn(),
    async verify({ actor }, _env, outcome, res) {
      if (outcome !== 'OK') return;
      const sees = ['admin', 'brandA', 'partnerA', 'participantA'].includes(actor);
      expect(`${actor}: ${res.data.promotions.total}`).toBe(`${actor}: ${sees ? 1 : 0}`);
    },
  },
];
