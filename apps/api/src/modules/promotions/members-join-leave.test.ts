import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import type { World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { Notification } from '../notifications/notification.entity';
import { PromotionMember } from './promotion-member.entity';
import { PromotionStatus } from './promotion.enums';
import { Promotion } from './promotion.entity';
import { activePromotion, CREATE_PROMOTION, promotionInput } from './promotion.test-kit';
import {
  ADD_MEMBERS,
  DECLINE_INVITATION,
  JOIN_PROMOTION,
  LEAVE_PROMOTION,
  MEMBER_BOARD,
  MEMBER_HISTORY,
  membersWorld,
  MOVE_MEMBER,
  PROMOTION_HISTORY,
} from './members.test-kit';

/** How a participant comes into a promotion and goes out of it: joining, invitations, declining, leaving and coming back. */
describe('promotion members: join, invite, decline, leave', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let participantA: GraphQLTestClient;
  let participantB: GraphQLTestClient;
  let partnerA: GraphQLTestClient;
  const em = () => api.db.orm.em.fork();

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin, participantA, participantB, partnerA } = await membersWorld(api));
  });
  afterAll(() => api?.stop());

  it('a participant joins an open promotion on the default option; joining twice is a CONFLICT', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const { joinPromotion } = await participantA.ok(JOIN_PROMOTION, { id });
    expect(joinPromotion).toMatchObject({
      stage: 'ACCEPTED',
      active: true,
      source: 'JOINED',
      payoutOption: { id: optionIds[0] },
      participant: { id: world.participantA.participantId, partnerName: 'Partner A' },
    });
    expect(await participantA.code(JOIN_PROMOTION, { id })).toBe('CONFLICT');
    expect(await em().count(PromotionMember, { promotion: id })).toBe(1);
    const { promotion } = await participantA.ok(
      `query P($id: ID!) { promotion(id: $id) { myMembership { id stage } earnings { product { id } amount { amountMinor } } } }`,
      { id },
    );
    expect(promotion.myMembership).toMatchObject({ id: joinPromotion.id, stage: 'ACCEPTED' });
    // Default option: 500.00 per unit of the one eligible product.
    expect(promotion.earnings).toEqual([{ product: { id: world.productA.productId }, amount: { amountMinor: '50000' } }]);
  });

  it('cannot join a draft, or a promotion for chosen partners that are not yours (NOT_FOUND: it is not visible)', async () => {
    const { createPromotion: draft } = await brandA.ok(CREATE_PROMOTION, { input: promotionInput([world.productA.productId]) });
    expect(await participantA.code(JOIN_PROMOTION, { id: draft.id })).toBe('NOT_FOUND');
    const { id } = await activePromotion(api.db.orm, world, brandA, admin, {
      audience: 'CHOSEN_PARTNERS',
      audiencePartnerIds: [world.partnerA.partnerId],
    });
    expect(await participantB.code(JOIN_PROMOTION, { id })).toBe('NOT_FOUND');
    expect((await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion.stage).toBe('ACCEPTED');
  });

  it('the brand adds participants in bulk with one outcome each; an invitation is accepted by joining', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin, {
      audience: 'CHOSEN_PARTNERS',
      audiencePartnerIds: [world.partnerA.partnerId],
    });
    const { addPromotionMembers } = await brandA.ok(ADD_MEMBERS, {
      input: {
        promotionId: id,
        participantIds: [
          world.participantA.participantId,
          world.participantB.participantId,
          world.pendingParticipantA.participantId,
          'nope',
        ],
      },
    });
    expect(addPromotionMembers.map((r: any) => r.outcome)).toEqual(['ADDED', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(addPromotionMembers[0].member.stage).toBe('INVITED');
    expect(await em().count(Notification, { recipient: world.participantA.userId, template: 'promotion.member.invited' })).toBe(1);
    const again = await brandA.ok(ADD_MEMBERS, { input: { promotionId: id, participantIds: [world.participantA.participantId] } });
    expect(again.addPromotionMembers[0].outcome).toBe('ALREADY_MEMBER');
    expect(await brandB.code(ADD_MEMBERS, { input: { promotionId: id, participantIds: [world.participantA.participantId] } })).toBe(
      'NOT_FOUND',
    );
    // The brand may not accept on the participant's behalf; the participant does it by joining.
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId: addPromotionMembers[0].member.id, stage: 'ACCEPTED' } })).toBe('CONFLICT');
    expect((await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion.stage).toBe('ACCEPTED');
  });

  it('a participant declines an invitation: the member stays as DECLINED, the brand sees it in the history, and they may still join', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const { addPromotionMembers } = await brandA.ok(ADD_MEMBERS, {
      input: { promotionId: id, participantIds: [world.participantA.participantId] },
    });
    const memberId = addPromotionMembers[0].member.id;
    // Someone else's invitation does not exist for them; a brand cannot decline on the participant's behalf.
    expect(await participantB.code(DECLINE_INVITATION, { id: memberId })).toBe('NOT_FOUND');
    expect(await brandA.code(DECLINE_INVITATION, { id: memberId })).toBe('FORBIDDEN');
    expect(await participantA.code(LEAVE_PROMOTION, { id: memberId })).toBe('CONFLICT'); // an invitation is declined, not left
    expect((await participantA.ok(DECLINE_INVITATION, { id: memberId })).declineInvitation).toEqual({ id: memberId, stage: 'DECLINED' });
    expect(await participantA.code(DECLINE_INVITATION, { id: memberId })).toBe('CONFLICT');

    const brandView = await brandA.ok(MEMBER_HISTORY, { id: memberId });
    expect(brandView.memberHistory.items[0]).toMatchObject({
      action: 'member.declined',
      actorName: 'participant-a',
      before: { stage: 'INVITED' },
      after: { stage: 'DECLINED' },
    });
    expect((await brandA.ok(PROMOTION_HISTORY, { id })).promotionHistory.items[0]).toMatchObject({
      action: 'member.declined',
      entityType: 'PromotionMember',
    });
    expect((await participantA.ok(MEMBER_HISTORY, { id: memberId })).memberHistory.items[0].action).toBe('member.declined');
    const { promotionMembers } = await brandA.ok(MEMBER_BOARD, { id, filter: { stage: 'DECLINED' } });
    expect(promotionMembers.items.map((m: any) => m.id)).toEqual([memberId]);
    // The brand respects the answer: no moving on the board, no inviting again.
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId, stage: 'ACCEPTED' } })).toBe('CONFLICT');
    expect(
      (await brandA.ok(ADD_MEMBERS, { input: { promotionId: id, participantIds: [world.participantA.participantId] } }))
        .addPromotionMembers[0].outcome,
    ).toBe('ALREADY_MEMBER');

    expect((await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion).toMatchObject({ id: memberId, stage: 'ACCEPTED' });
    expect((await brandA.ok(MEMBER_HISTORY, { id: memberId })).memberHistory.items[0]).toMatchObject({
      action: 'member.rejoined',
      before: { stage: 'DECLINED' },
    });
  });

  it('a participant leaves a promotion: the member stays as LEFT with its terms, the brand sees it, and the participant may come back', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const member = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    await brandA.ok(MOVE_MEMBER, { input: { memberId: member.id, stage: 'ACTIVE' } });
    expect(await participantB.code(LEAVE_PROMOTION, { id: member.id })).toBe('NOT_FOUND');
    expect(await partnerA.code(LEAVE_PROMOTION, { id: member.id })).toBe('FORBIDDEN');
    expect(await participantA.code(LEAVE_PROMOTION, { id: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await participantA.code(DECLINE_INVITATION, { id: member.id })).toBe('CONFLICT'); // nothing to decline any more

    expect((await participantA.ok(LEAVE_PROMOTION, { id: member.id })).leavePromotion).toEqual({ id: member.id, stage: 'LEFT' });
    expect(await participantA.code(LEAVE_PROMOTION, { id: member.id })).toBe('CONFLICT');
    const row = await em().findOneOrFail(PromotionMember, member.id);
    expect(row).toMatchObject({ stage: 'LEFT', active: true });
    expect(row.payoutOption.id).toBe(member.payoutOption.id);

    const { memberHistory } = await brandA.ok(MEMBER_HISTORY, { id: member.id });
    expect(memberHistory.items.map((e: any) => e.action)).toEqual(['member.left', 'member.stage_changed', 'member.joined']);
    expect(memberHistory.items[0]).toMatchObject({ actorName: 'participant-a', before: { stage: 'ACTIVE' }, after: { stage: 'LEFT' } });
    expect((await partnerA.ok(MEMBER_HISTORY, { id: member.id })).memberHistory.items[0].action).toBe('member.left');
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId: member.id, stage: 'COMPLETED' } })).toBe('CONFLICT');
    const counts = (await brandA.ok(`query C($id: ID!) { promotion(id: $id) { memberStageCounts { stage count } } }`, { id })).promotion
      .memberStageCounts;
    expect(counts).toContainEqual({ stage: 'LEFT', count: 1 });
    expect(counts).toContainEqual({ stage: 'ACTIVE', count: 0 });

    expect((await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion).toMatchObject({ id: member.id, stage: 'ACCEPTED' });
  });

  it('nobody leaves an ended promotion, and a brand cannot move a member out on their behalf', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const member = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId: member.id, stage: 'LEFT' } })).toBe('BAD_USER_INPUT');
    await em().nativeUpdate(Promotion, { id }, { status: PromotionStatus.ENDED });
    expect(await participantA.code(LEAVE_PROMOTION, { id: member.id })).toBe('CONFLICT');
    expect((await em().findOneOrFail(PromotionMember, member.id)).stage).toBe('ACCEPTED');
  });
});
