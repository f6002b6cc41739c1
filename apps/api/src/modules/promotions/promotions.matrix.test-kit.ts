import { expect } from 'vitest';
import { only, signedIn, type Actor, type Env, type Outcome, type Row } from '../../test/matrix-kit';
import { PromotionMember } from './promotion-member.entity';
import { MemberStage, PromotionStatus } from './promotion.enums';
import { Promotion } from './promotion.entity';
import { days, promotionInput, seedMember } from './promotion.test-kit';

/** The promotions feature's rows of the authorization matrix (auth/authorization-matrix.test.ts). */
const brandAOnly = (extra: Partial<Record<Actor, Outcome>> = {}) => only({ brandA: 'OK', brandB: 'NOT_FOUND', ...extra });
const brandAndAdmin = () => brandAOnly({ admin: 'OK' });
/** Brand A's shared promotion is open to partner A only: B-side callers cannot see it at all. */
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

const statusOf = async (env: Env, id: string) => (await env.api.db.orm.em.fork().findOneOrFail(Promotion, id)).status;

/** Runs `query` against a fresh promotion in `status`, remembering its id for verify(). */
function onFresh(
  status: PromotionStatus,
  query: string,
  vars: (p: { id: string; optionId: string }, env: Env) => Promise<Record<string, unknown>> | Record<string, unknown> = (p) => ({
    id: p.id,
  }),
) {
  return async ({ client }: { client: any }, env: Env) => {
    const p = await env.seedPromotion(status);
    const res = await client.request(query, await vars(p, env));
    return { ...res, data: { ...res.data, target: p.id } };
  };
}

function transition(operation: string, from: PromotionStatus, to: PromotionStatus, expectation: Record<Actor, Outcome>): Row {
  const field = operation.split('.')[1]!;
  return {
    operation,
    run: onFresh(from, `mutation X($id: ID!) { ${field}(id: $id) { id status } }`),
    expect: expectation,
    async verify(_cell, env, outcome, res) {
      expect(await statusOf(env, res.data.target)).toBe(outcome === 'OK' ? to : from);
    },
  };
}

export const PROMOTION_ROWS: Row[] = [
  {
    operation: 'Query.promotions',
    run: ({ client }) => client.request(`{ promotions(page: { limit: 100 }) { total items { id status brand { id } } } }`),
    expect: signedIn(),
    async verify({ actor }, { world, shared }, outcome, res) {
      if (outcome !== 'OK') return;
      const items = res.data.promotions.items as Array<{ id: string; status: string; brand: { id: string } }>;
      if (actor === 'brandB') expect(items.every((p) => p.brand.id === world.brandB.brandId)).toBe(true);
      if (actor === 'partnerB' || actor === 'participantB') expect(items.map((p) => p.id)).not.toContain(shared.promotionId);
      if (actor.startsWith('partner') || actor.startsWith('participant'))
        expect(items.every((p) => !['DRAFT', 'IN_REVIEW', 'REJECTED'].includes(p.status))).toBe(true);
    },
  },
  {
    operation: 'Query.promotion',
    run: ({ client }, { shared }) => client.request(`query P($id: ID!) { promotion(id: $id) { id name } }`, { id: shared.promotionId }),
    expect: audienceA(),
  },
  {
    operation: 'Query.promotionPartnerOptions',
    run: ({ client }) => client.request(`{ promotionPartnerOptions { total items { id legalName } } }`),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'OK' }),
  },
  {
    operation: 'Query.promotionMembers',
    run: ({ client }, { shared }) =>
      client.request(`query M($id: ID!) { promotionMembers(promotionId: $id) { total items { id participant { id } } } }`, {
        id: shared.promotionId,
      }),
    expect: audienceA(),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK' || !actor.startsWith('participant')) return;
      expect(res.data.promotionMembers.items.map((m: any) => m.participant.id)).toEqual([world.participantA.participantId]);
    },
  },
  {
    operation: 'Query.promotionCandidates',
    run: ({ client }, { shared }) =>
      client.request(`query C($id: ID!) { promotionCandidates(promotionId: $id) { total items { id name } } }`, { id: shared.promotionId }),
    expect: brandAOnly(),
  },
  {
    operation: 'Query.promotionHistory',
    run: ({ client }, { shared }) =>
      client.request(`query H($id: ID!) { promotionHistory(promotionId: $id) { total } }`, { id: shared.promotionId }),
    expect: brandAndAdmin(),
  },
  {
    operation: 'Query.memberHistory',
    run: ({ client }, { shared }) =>
      client.request(`query H($id: ID!) { memberHistory(memberId: $id) { total } }`, { id: shared.memberId }),
    expect: audienceA(),
  },
  {
    operation: 'Query.rewardPreview',
    run: ({ client }, { shared, world }) =>
      client.request(`query R($input: RewardPreviewInput!) { rewardPreview(input: $input) { amount { amountMinor } } }`, {
        input: { promotionId: shared.promotionId, lines: [{ productId: world.productA.productId, quantity: 1 }] },
      }),
    expect: brandAndAdmin(),
  },
  {
    operation: 'Mutation.createPromotion',
    run: ({ client }, { world }) =>
      client.request(`mutation C($input: CreatePromotionInput!) { createPromotion(input: $input) { id } }`, {
        input: promotionInput([world.productA.productId]),
      }),
    // Brand B names brand A's product: refused as an unknown product.
    expect: only({ brandA: 'OK', brandB: 'BAD_USER_INPUT' }),
  },
  {
    operation: 'Mutation.updatePromotion',
    run: onFresh(PromotionStatus.DRAFT, `mutation U($input: UpdatePromotionInput!) { updatePromotion(input: $input) { id } }`, (p) => ({
      input: { id: p.id, name: 'Renamed by matrix' },
    })),
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const name = (await env.api.db.orm.em.fork().findOneOrFail(Promotion, res.data.target)).name;
      expect(name === 'Renamed by matrix').toBe(outcome === 'OK');
    },
  },
  transition('Mutation.submitPromotion', PromotionStatus.DRAFT, PromotionStatus.IN_REVIEW, brandAOnly()),
  {
    operation: 'Mutation.moderatePromotion',
    run: onFresh(
      PromotionStatus.IN_REVIEW,
      `mutation M($id: ID!) { moderatePromotion(input: { id: $id, decision: APPROVE }) { id status } }`,
    ),
    expect: only({ admin: 'OK' }),
    async verify(_cell, env, outcome, res) {
      expect(await statusOf(env, res.data.target)).toBe(outcome === 'OK' ? PromotionStatus.ACTIVE : PromotionStatus.IN_REVIEW);
    },
  },
  transition('Mutation.pausePromotion', PromotionStatus.ACTIVE, PromotionStatus.PAUSED, brandAndAdmin()),
  transition('Mutation.resumePromotion', PromotionStatus.PAUSED, PromotionStatus.ACTIVE, brandAndAdmin()),
  transition('Mutation.endPromotion', PromotionStatus.ACTIVE, PromotionStatus.ENDED, brandAndAdmin()),
  {
    operation: 'Mutation.joinPromotion',
    run: onFresh(PromotionStatus.ACTIVE, `mutation J($id: ID!) { joinPromotion(promotionId: $id) { id } }`),
    // Participant B is outside the audience: the promotion does not exist for them.
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
    async verify(_cell, env, outcome, res) {
      expect(await env.api.db.orm.em.fork().count(PromotionMember, { promotion: res.data.target })).toBe(outcome === 'OK' ? 1 : 0);
    },
  },
  {
    operation: 'Mutation.addPromotionMembers',
    run: onFresh(
      PromotionStatus.ACTIVE,
      `mutation A($input: AddMembersInput!) { addPromotionMembers(input: $input) { outcome } }`,
      (p, env) => ({
        input: { promotionId: p.id, participantIds: [env.world.participantA.participantId] },
      }),
    ),
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      expect(await env.api.db.orm.em.fork().count(PromotionMember, { promotion: res.data.target })).toBe(outcome === 'OK' ? 1 : 0);
    },
  },
  {
    operation: 'Mutation.updatePromotionMembers',
    async run({ client }, env) {
      const p = await env.seedPromotion(PromotionStatus.ACTIVE);
      const memberId = await env.seedMember(p.id, p.optionId, env.world.participantA.participantId);
      const res = await client.request(`mutation U($input: UpdateMembersInput!) { updatePromotionMembers(input: $input) { outcome } }`, {
        input: { promotionId: p.id, memberIds: [memberId], changes: { active: false, validTo: days(10) } },
      });
      return { ...res, data: { ...res.data, target: memberId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      expect((await env.api.db.orm.em.fork().findOneOrFail(PromotionMember, res.data.target)).active).toBe(outcome !== 'OK');
    },
  },
  {
    operation: 'Mutation.moveMemberStage',
    async run({ client }, env) {
      const p = await env.seedPromotion(PromotionStatus.ACTIVE);
      const memberId = await env.seedMember(p.id, p.optionId, env.world.participantA.participantId);
      const res = await client.request(`mutation M($id: ID!) { moveMemberStage(input: { memberId: $id, stage: ACTIVE }) { stage } }`, {
        id: memberId,
      });
      return { ...res, data: { ...res.data, target: memberId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      expect((await env.api.db.orm.em.fork().findOneOrFail(PromotionMember, res.data.target)).stage).toBe(
        outcome === 'OK' ? 'ACTIVE' : 'ACCEPTED',
      );
    },
  },
  exitRow('Mutation.declineInvitation', 'declineInvitation', MemberStage.INVITED, MemberStage.DECLINED),
  exitRow('Mutation.leavePromotion', 'leavePromotion', MemberStage.ACCEPTED, MemberStage.LEFT),
];

/** Participant A's own membership: only they may decline or leave it; participant B is told it does not exist. */
function exitRow(operation: string, field: string, from: MemberStage, to: MemberStage): Row {
  return {
    operation,
    async run({ client }, env) {
      const p = await env.seedPromotion(PromotionStatus.ACTIVE);
      const memberId = await seedMember(env.api.db.orm, p.id, p.optionId, env.world.participantA.participantId, from);
      const res = await client.request(`mutation X($id: ID!) { ${field}(memberId: $id) { id stage } }`, { id: memberId });
      return { ...res, data: { ...res.data, target: memberId } };
    },
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
    async verify(_cell, env, outcome, res) {
      expect((await env.api.db.orm.em.fork().findOneOrFail(PromotionMember, res.data.target)).stage).toBe(outcome === 'OK' ? to : from);
    },
  };
}
