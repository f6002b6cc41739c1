import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { PromotionMember } from './promotion-member.entity';
import { PromotionStatus } from './promotion.enums';
import { Promotion } from './promotion.entity';
import { activePromotion, CREATE_PROMOTION, days, promotionInput, UPDATE_PROMOTION } from './promotion.test-kit';

const MEMBER = `id stage active validFrom validTo overrideValue source payoutOption { id name } participant { id name partnerName }`;
const JOIN = `mutation J($id: ID!) { joinPromotion(promotionId: $id) { ${MEMBER} } }`;
const ADD = `mutation A($input: AddMembersInput!) { addPromotionMembers(input: $input) { participantId outcome message member { id stage } } }`;
const UPDATE = `mutation U($input: UpdateMembersInput!) { updatePromotionMembers(input: $input) { memberId outcome message member { ${MEMBER} } } }`;
const DECLINE = `mutation D($id: ID!) { declineInvitation(memberId: $id) { id stage } }`;
const LEAVE = `mutation L($id: ID!) { leavePromotion(memberId: $id) { id stage } }`;
const MOVE = `mutation M($input: MoveMemberStageInput!) { moveMemberStage(input: $input) { id stage } }`;
const BOARD = `query B($id: ID!, $filter: MemberFilter) { promotionMembers(promotionId: $id, filter: $filter) { total items { ${MEMBER} } } }`;
const HISTORY = `query H($id: ID!) { memberHistory(memberId: $id) { total items { action before after actorName } } }`;
const PROMO_HISTORY = `query H($id: ID!) { promotionHistory(promotionId: $id) { total items { action entityType before after actorName } } }`;

describe('promotion members: join, add, bulk edit, board, history', () => {
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
    world = await createWorld(api.db.orm);
    [brandA, brandB, admin, participantA, participantB, partnerA] = await Promise.all(
      [world.brandA, world.brandB, world.admin, world.participantA, world.participantB, world.partnerA].map((u) => signIn(api, u.email)),
    );
  });
  afterAll(() => api?.stop());

  it('a participant joins an open promotion on the default option; joining twice is a CONFLICT', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const { joinPromotion } = await participantA.ok(JOIN, { id });
    expect(joinPromotion).toMatchObject({
      stage: 'ACCEPTED',
      active: true,
      source: 'JOINED',
      payoutOption: { id: optionIds[0] },
      participant: { id: world.participantA.participantId, partnerName: 'Partner A' },
    });
    expect(await participantA.code(JOIN, { id })).toBe('CONFLICT');
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
    expect(await participantA.code(JOIN, { id: draft.id })).toBe('NOT_FOUND');
    const { id } = await activePromotion(api.db.orm, world, brandA, admin, {
      audience: 'CHOSEN_PARTNERS',
      audiencePartnerIds: [world.partnerA.partnerId],
    });
    expect(await participantB.code(JOIN, { id })).toBe('NOT_FOUND');
    expect((await participantA.ok(JOIN, { id })).joinPromotion.stage).toBe('ACCEPTED');
  });

  it('the brand adds participants in bulk with one outcome each; an invitation is accepted by joining', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin, {
      audience: 'CHOSEN_PARTNERS',
      audiencePartnerIds: [world.partnerA.partnerId],
    });
    const { addPromotionMembers } = await brandA.ok(ADD, {
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
    const again = await brandA.ok(ADD, { input: { promotionId: id, participantIds: [world.participantA.participantId] } });
    expect(again.addPromotionMembers[0].outcome).toBe('ALREADY_MEMBER');
    expect(await brandB.code(ADD, { input: { promotionId: id, participantIds: [world.participantA.participantId] } })).toBe('NOT_FOUND');
    // The brand may not accept on the participant's behalf; the participant does it by joining.
    expect(await brandA.code(MOVE, { input: { memberId: addPromotionMembers[0].member.id, stage: 'ACCEPTED' } })).toBe('CONFLICT');
    expect((await participantA.ok(JOIN, { id })).joinPromotion.stage).toBe('ACCEPTED');
  });

  it('bulk edit: one transaction, an outcome per member, an audit event and a notification for each changed member', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    const b = (await participantB.ok(JOIN, { id })).joinPromotion;
    const { updatePromotionMembers: results } = await brandA.ok(UPDATE, {
      input: {
        promotionId: id,
        memberIds: [a.id, b.id, '00000000-0000-4000-8000-000000000000'],
        changes: { payoutOptionId: optionIds[1], overrideValue: '750', validTo: days(20) },
      },
    });
    expect(results.map((r: any) => r.outcome)).toEqual(['UPDATED', 'UPDATED', 'NOT_FOUND']);
    expect(results[0].member).toMatchObject({ payoutOption: { id: optionIds[1], name: 'Premium' }, overrideValue: '750' });
    const events = await em().find(AuditEvent, { action: 'member.updated', entityId: a.id });
    expect(events[0]).toMatchObject({
      before: { payoutOptionName: 'Standard', overrideValue: null },
      after: { payoutOptionName: 'Premium', overrideValue: '750' },
      scopeId: id,
    });
    const notices = await em().find(Notification, { recipient: world.participantA.userId, template: 'promotion.member.updated' });
    expect(notices.at(-1)?.payload).toMatchObject({ promotionId: id, after: { payoutOptionName: 'Premium', overrideValue: '750' } });

    // The same change again changes nothing and tells nobody.
    const before = await em().count(Notification, { template: 'promotion.member.updated' });
    const same = await brandA.ok(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } } });
    expect(same.updatePromotionMembers[0].outcome).toBe('UNCHANGED');
    expect(await em().count(Notification, { template: 'promotion.member.updated' })).toBe(before);
  });

  it('bad member edits are typed errors and change nothing', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    const snapshot = async () => JSON.stringify(await em().findOneOrFail(PromotionMember, a.id));
    const start = await snapshot();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ overrideValue: '10001' }, 'FAILED'], // Premium is a percentage: 100.01% is refused for this member
      [{ validFrom: days(10), validTo: days(5) }, 'BAD_USER_INPUT'],
      [{ validTo: days(400) }, 'BAD_USER_INPUT'], // outside the promotion's dates
      [{ payoutOptionId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
      [{}, 'BAD_USER_INPUT'],
      [{ overrideValue: '-5' }, 'BAD_USER_INPUT'],
    ];
    await brandA.ok(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } } });
    const onPremium = await snapshot();
    for (const [changes, expected] of cases) {
      const res = await brandA.request(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes } });
      const got = res.errors?.[0].extensions?.code ?? res.data?.updatePromotionMembers[0].outcome;
      expect([changes, got]).toEqual([changes, expected]);
    }
    expect(await snapshot()).toBe(onPremium);
    expect(onPremium).not.toBe(start);
    expect(await brandB.code(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe('NOT_FOUND');
    expect(await participantA.code(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe(
      'FORBIDDEN',
    );
  });

  it('the board moves a member one stage at a time; the board lists by stage', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    expect(await brandA.code(MOVE, { input: { memberId: a.id, stage: 'COMPLETED' } })).toBe('BAD_USER_INPUT');
    expect((await brandA.ok(MOVE, { input: { memberId: a.id, stage: 'ACTIVE' } })).moveMemberStage.stage).toBe('ACTIVE');
    expect((await brandA.ok(MOVE, { input: { memberId: a.id, stage: 'COMPLETED' } })).moveMemberStage.stage).toBe('COMPLETED');
    expect((await brandA.ok(MOVE, { input: { memberId: a.id, stage: 'ACTIVE' } })).moveMemberStage.stage).toBe('ACTIVE');
    const { promotionMembers } = await brandA.ok(BOARD, { id, filter: { stage: 'ACTIVE' } });
    expect(promotionMembers.items.map((m: any) => m.id)).toEqual([a.id]);
    expect((await brandA.ok(BOARD, { id, filter: { stage: 'ACCEPTED' } })).promotionMembers.total).toBe(0);
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

  it('members of an ENDED promotion cannot be changed', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    await brandA.ok(`mutation E($id: ID!) { endPromotion(id: $id) { id } }`, { id });
    expect(await brandA.code(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe('CONFLICT');
    expect(await brandA.code(MOVE, { input: { memberId: a.id, stage: 'ACTIVE' } })).toBe('CONFLICT');
    expect((await em().findOneOrFail(PromotionMember, a.id)).active).toBe(true);
  });

  it('history: the brand sees the promotion’s and the member’s; the participant sees their own; a partner sees its participants', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    await brandA.ok(UPDATE, { input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } } });
    await brandA.ok(UPDATE_PROMOTION, { input: { id, description: 'Now with a bonus' } });

    const { promotionHistory } = await brandA.ok(PROMO_HISTORY, { id });
    const actions = promotionHistory.items.map((e: any) => e.action);
    expect(actions.slice(0, 3)).toEqual(['promotion.updated', 'member.updated', 'member.joined']);
    expect(actions).toEqual(
      expect.arrayContaining(['promotion.created', 'payout_option.created', 'promotion.submitted', 'promotion.approved']),
    );
    expect(promotionHistory.items[0]).toMatchObject({ actorName: 'brand-a', after: { description: 'Now with a bonus' } });

    const mine = await participantA.ok(HISTORY, { id: a.id });
    expect(mine.memberHistory.items.map((e: any) => e.action)).toEqual(['member.updated', 'member.joined']);
    expect(mine.memberHistory.items[0].after).toMatchObject({ payoutOptionName: 'Premium' });
    expect((await partnerA.ok(HISTORY, { id: a.id })).memberHistory.total).toBe(2);
    expect(await participantB.code(HISTORY, { id: a.id })).toBe('NOT_FOUND');
    expect(await brandB.code(HISTORY, { id: a.id })).toBe('NOT_FOUND');
    expect(await participantA.code(PROMO_HISTORY, { id })).toBe('FORBIDDEN');
    expect(await brandB.code(PROMO_HISTORY, { id })).toBe('NOT_FOUND');
    const { auditEvents } = await admin.ok(`query A($f: AuditEventFilter) { auditEvents(filter: $f) { total items { action } } }`, {
      f: { scopeId: id, action: 'member.updated' },
    });
    expect(auditEvents.total).toBe(1);
  });

  it('a participant declines an invitation: the member stays as DECLINED, the brand sees it in the history, and they may still join', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const { addPromotionMembers } = await brandA.ok(ADD, {
      input: { promotionId: id, participantIds: [world.participantA.participantId] },
    });
    const memberId = addPromotionMembers[0].member.id;
    // Someone else's invitation does not exist for them; a brand cannot decline on the participant's behalf.
    expect(await participantB.code(DECLINE, { id: memberId })).toBe('NOT_FOUND');
    expect(await brandA.code(DECLINE, { id: memberId })).toBe('FORBIDDEN');
    expect(await participantA.code(LEAVE, { id: memberId })).toBe('CONFLICT'); // an invitation is declined, not left
    expect((await participantA.ok(DECLINE, { id: memberId })).declineInvitation).toEqual({ id: memberId, stage: 'DECLINED' });
    expect(await participantA.code(DECLINE, { id: memberId })).toBe('CONFLICT');

    const brandView = await brandA.ok(HISTORY, { id: memberId });
    expect(brandView.memberHistory.items[0]).toMatchObject({
      action: 'member.declined',
      actorName: 'participant-a',
      before: { stage: 'INVITED' },
      after: { stage: 'DECLINED' },
    });
    expect((await brandA.ok(PROMO_HISTORY, { id })).promotionHistory.items[0]).toMatchObject({
      action: 'member.declined',
      entityType: 'PromotionMember',
    });
    expect((await participantA.ok(HISTORY, { id: memberId })).memberHistory.items[0].action).toBe('member.declined');
    const { promotionMembers } = await brandA.ok(BOARD, { id, filter: { stage: 'DECLINED' } });
    expect(promotionMembers.items.map((m: any) => m.id)).toEqual([memberId]);
    // The brand respects the answer: no moving on the board, no inviting again.
    expect(await brandA.code(MOVE, { input: { memberId, stage: 'ACCEPTED' } })).toBe('CONFLICT');
    expect(
      (await brandA.ok(ADD, { input: { promotionId: id, participantIds: [world.participantA.participantId] } })).addPromotionMembers[0]
        .outcome,
    ).toBe('ALREADY_MEMBER');

    expect((await participantA.ok(JOIN, { id })).joinPromotion).toMatchObject({ id: memberId, stage: 'ACCEPTED' });
    expect((await brandA.ok(HISTORY, { id: memberId })).memberHistory.items[0]).toMatchObject({
      action: 'member.rejoined',
      before: { stage: 'DECLINED' },
    });
  });

  it('a participant leaves a promotion: the member stays as LEFT with its terms, the brand sees it, and the participant may come back', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const member = (await participantA.ok(JOIN, { id })).joinPromotion;
    await brandA.ok(MOVE, { input: { memberId: member.id, stage: 'ACTIVE' } });
    expect(await participantB.code(LEAVE, { id: member.id })).toBe('NOT_FOUND');
    expect(await partnerA.code(LEAVE, { id: member.id })).toBe('FORBIDDEN');
    expect(await participantA.code(LEAVE, { id: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await participantA.code(DECLINE, { id: member.id })).toBe('CONFLICT'); // nothing to decline any more

    expect((await participantA.ok(LEAVE, { id: member.id })).leavePromotion).toEqual({ id: member.id, stage: 'LEFT' });
    expect(await participantA.code(LEAVE, { id: member.id })).toBe('CONFLICT');
    const row = await em().findOneOrFail(PromotionMember, member.id);
    expect(row).toMatchObject({ stage: 'LEFT', active: true });
    expect(row.payoutOption.id).toBe(member.payoutOption.id);

    const { memberHistory } = await brandA.ok(HISTORY, { id: member.id });
    expect(memberHistory.items.map((e: any) => e.action)).toEqual(['member.left', 'member.stage_changed', 'member.joined']);
    expect(memberHistory.items[0]).toMatchObject({ actorName: 'participant-a', before: { stage: 'ACTIVE' }, after: { stage: 'LEFT' } });
    expect((await partnerA.ok(HISTORY, { id: member.id })).memberHistory.items[0].action).toBe('member.left');
    expect(await brandA.code(MOVE, { input: { memberId: member.id, stage: 'COMPLETED' } })).toBe('CONFLICT');
    const counts = (await brandA.ok(`query C($id: ID!) { promotion(id: $id) { memberStageCounts { stage count } } }`, { id })).promotion
      .memberStageCounts;
    expect(counts).toContainEqual({ stage: 'LEFT', count: 1 });
    expect(counts).toContainEqual({ stage: 'ACTIVE', count: 0 });

    expect((await participantA.ok(JOIN, { id })).joinPromotion).toMatchObject({ id: member.id, stage: 'ACCEPTED' });
  });

  it('nobody leaves an ended promotion, and a brand cannot move a member out on their behalf', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const member = (await participantA.ok(JOIN, { id })).joinPromotion;
    expect(await brandA.code(MOVE, { input: { memberId: member.id, stage: 'LEFT' } })).toBe('BAD_USER_INPUT');
    await em().nativeUpdate(Promotion, { id }, { status: PromotionStatus.ENDED });
    expect(await participantA.code(LEAVE, { id: member.id })).toBe('CONFLICT');
    expect((await em().findOneOrFail(PromotionMember, member.id)).stage).toBe('ACCEPTED');
  });

  it('a partner sees only its own participants among the members', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    await participantA.ok(JOIN, { id });
    await participantB.ok(JOIN, { id });
    const { promotionMembers } = await partnerA.ok(BOARD, { id });
    expect(promotionMembers.items.map((m: any) => m.participant.id)).toEqual([world.participantA.participantId]);
    const { promotion } = await partnerA.ok(`query P($id: ID!) { promotion(id: $id) { memberCount } }`, { id });
    expect(promotion.memberCount).toBe(1);
    expect((await brandA.ok(BOARD, { id })).promotionMembers.total).toBe(2);
  });

  it('reward preview explains what a sale would earn, with the member’s override and the caps', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin, { perParticipantCapMinor: '60000' });
    const a = (await participantA.ok(JOIN, { id })).joinPromotion;
    const PREVIEW = `query R($input: RewardPreviewInput!) { rewardPreview(input: $input) { payoutOptionName kind overrideValue cappedBy uncapped { amountMinor } amount { amountMinor currency } lines { productName outcome amount { amountMinor } } steps } }`;
    const line = { productId: world.productA.productId, quantity: 2 };
    const standard = (await brandA.ok(PREVIEW, { input: { promotionId: id, lines: [line] } })).rewardPreview;
    expect(standard).toMatchObject({
      payoutOptionName: 'Standard',
      uncapped: { amountMinor: '100000' },
      amount: { amountMinor: '60000', currency: 'RUB' },
      cappedBy: 'PER_PARTICIPANT_CAP',
    });
    await brandA.ok(UPDATE, {
      input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1], overrideValue: '100' } },
    });
    const member = (
      await brandA.ok(PREVIEW, { input: { promotionId: id, memberId: a.id, lines: [{ ...line, quantity: 1, unitPriceMinor: '1000000' }] } })
    ).rewardPreview;
    // 1% of 10 000.00 = 100.00
    expect(member).toMatchObject({
      payoutOptionName: 'Premium',
      kind: 'PERCENT_OF_SALE',
      overrideValue: '100',
      amount: { amountMinor: '10000' },
      cappedBy: null,
    });
    expect(member.steps.join(' ')).toContain('override');
    const foreign = await brandA.request(PREVIEW, {
      input: { promotionId: id, lines: [{ productId: world.productB.productId, quantity: 1 }] },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await brandB.code(PREVIEW, { input: { promotionId: id, lines: [line] } })).toBe('NOT_FOUND');
  });
});
