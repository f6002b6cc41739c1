import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import type { World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { activePromotion, UPDATE_PROMOTION } from './promotion.test-kit';
import {
  JOIN_PROMOTION,
  MEMBER_BOARD,
  MEMBER_HISTORY,
  membersWorld,
  MOVE_MEMBER,
  PROMOTION_HISTORY,
  UPDATE_MEMBERS,
} from './members.test-kit';

/** What each side sees of the members: the brand's board by stage, a partner its own participants, everyone their share of the history. */
describe('promotion members: the board and the history', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let participantA: GraphQLTestClient;
  let participantB: GraphQLTestClient;
  let partnerA: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin, participantA, participantB, partnerA } = await membersWorld(api));
  });
  afterAll(() => api?.stop());

  it('the board moves a member one stage at a time; the board lists by stage', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId: a.id, stage: 'COMPLETED' } })).toBe('BAD_USER_INPUT');
    expect((await brandA.ok(MOVE_MEMBER, { input: { memberId: a.id, stage: 'ACTIVE' } })).moveMemberStage.stage).toBe('ACTIVE');
    expect((await brandA.ok(MOVE_MEMBER, { input: { memberId: a.id, stage: 'COMPLETED' } })).moveMemberStage.stage).toBe('COMPLETED');
    expect((await brandA.ok(MOVE_MEMBER, { input: { memberId: a.id, stage: 'ACTIVE' } })).moveMemberStage.stage).toBe('ACTIVE');
    const { promotionMembers } = await brandA.ok(MEMBER_BOARD, { id, filter: { stage: 'ACTIVE' } });
    expect(promotionMembers.items.map((m: any) => m.id)).toEqual([a.id]);
    expect((await brandA.ok(MEMBER_BOARD, { id, filter: { stage: 'ACCEPTED' } })).promotionMembers.total).toBe(0);
    const { promotion } = await brandA.ok(`query P($id: ID!) { promotion(id: $id) { memberCount memberStageCounts { stage count } } }`, {
      id,
    });
    expect(promotion.memberStageCounts).toEqual([
      { stage: 'INVITED', count: 0 },
      { stage: 'ACCEPTED', count: 0 },
      { stage: 'ACTIVE', count: 1 },
      { stage: 'COMPLETED', count: 0 },
      { stage: 'DECLINED', count: 0 },
      { stage: 'LEFT', count: 0 },
    ]);
  });

  it('history: the brand sees the promotion’s and the member’s; the participant sees their own; a partner sees its participants', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    await brandA.ok(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } } });
    await brandA.ok(UPDATE_PROMOTION, { input: { id, description: 'Now with a bonus' } });

    const { promotionHistory } = await brandA.ok(PROMOTION_HISTORY, { id });
    const actions = promotionHistory.items.map((e: any) => e.action);
    expect(actions.slice(0, 3)).toEqual(['promotion.updated', 'member.updated', 'member.joined']);
    expect(actions).toEqual(
      expect.arrayContaining(['promotion.created', 'payout_option.created', 'promotion.submitted', 'promotion.approved']),
    );
    expect(promotionHistory.items[0]).toMatchObject({ actorName: 'brand-a', after: { description: 'Now with a bonus' } });

    const mine = await participantA.ok(MEMBER_HISTORY, { id: a.id });
    expect(mine.memberHistory.items.map((e: any) => e.action)).toEqual(['member.updated', 'member.joined']);
    expect(mine.memberHistory.items[0].after).toMatchObject({ payoutOptionName: 'Premium' });
    expect((await partnerA.ok(MEMBER_HISTORY, { id: a.id })).memberHistory.total).toBe(2);
    expect(await participantB.code(MEMBER_HISTORY, { id: a.id })).toBe('NOT_FOUND');
    expect(await brandB.code(MEMBER_HISTORY, { id: a.id })).toBe('NOT_FOUND');
    expect(await participantA.code(PROMOTION_HISTORY, { id })).toBe('FORBIDDEN');
    expect(await brandB.code(PROMOTION_HISTORY, { id })).toBe('NOT_FOUND');
    const { auditEvents } = await admin.ok(`query A($f: AuditEventFilter) { auditEvents(filter: $f) { total items { action } } }`, {
      f: { scopeId: id, action: 'member.updated' },
    });
    expect(auditEvents.total).toBe(1);
  });

  it('a partner sees only its own participants among the members', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    await participantA.ok(JOIN_PROMOTION, { id });
    await participantB.ok(JOIN_PROMOTION, { id });
    const { promotionMembers } = await partnerA.ok(MEMBER_BOARD, { id });
    expect(promotionMembers.items.map((m: any) => m.participant.id)).toEqual([world.participantA.participantId]);
    const { promotion } = await partnerA.ok(`query P($id: ID!) { promotion(id: $id) { memberCount } }`, { id });
    expect(promotion.memberCount).toBe(1);
    expect((await brandA.ok(MEMBER_BOARD, { id })).promotionMembers.total).toBe(2);
  });
});
