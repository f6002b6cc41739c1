import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import type { World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { PromotionMember } from './promotion-member.entity';
import { activePromotion, days } from './promotion.test-kit';
import { JOIN_PROMOTION, membersWorld, MOVE_MEMBER, UPDATE_MEMBERS } from './members.test-kit';

/** A member's terms: the brand's bulk edit, the edits it refuses, and the reward the terms give (the preview). */
describe('promotion members: bulk edit of terms and the reward they give', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let participantA: GraphQLTestClient;
  let participantB: GraphQLTestClient;
  const em = () => api.db.orm.em.fork();

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin, participantA, participantB } = await membersWorld(api));
  });
  afterAll(() => api?.stop());

  it('bulk edit: one transaction, an outcome per member, an audit event and a notification for each changed member', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    const b = (await participantB.ok(JOIN_PROMOTION, { id })).joinPromotion;
    const { updatePromotionMembers: results } = await brandA.ok(UPDATE_MEMBERS, {
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
    const same = await brandA.ok(UPDATE_MEMBERS, {
      input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } },
    });
    expect(same.updatePromotionMembers[0].outcome).toBe('UNCHANGED');
    expect(await em().count(Notification, { template: 'promotion.member.updated' })).toBe(before);
  });

  it('bad member edits are typed errors and change nothing', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
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
    await brandA.ok(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes: { payoutOptionId: optionIds[1] } } });
    const onPremium = await snapshot();
    for (const [changes, expected] of cases) {
      const res = await brandA.request(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes } });
      const got = res.errors?.[0].extensions?.code ?? res.data?.updatePromotionMembers[0].outcome;
      expect([changes, got]).toEqual([changes, expected]);
    }
    expect(await snapshot()).toBe(onPremium);
    expect(onPremium).not.toBe(start);
    expect(await brandB.code(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe(
      'NOT_FOUND',
    );
    expect(await participantA.code(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe(
      'FORBIDDEN',
    );
  });

  it('members of an ENDED promotion cannot be changed', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    await brandA.ok(`mutation E($id: ID!) { endPromotion(id: $id) { id } }`, { id });
    expect(await brandA.code(UPDATE_MEMBERS, { input: { promotionId: id, memberIds: [a.id], changes: { active: false } } })).toBe(
      'CONFLICT',
    );
    expect(await brandA.code(MOVE_MEMBER, { input: { memberId: a.id, stage: 'ACTIVE' } })).toBe('CONFLICT');
    expect((await em().findOneOrFail(PromotionMember, a.id)).active).toBe(true);
  });

  it('reward preview explains what a sale would earn, with the member’s override and the caps', async () => {
    const { id, optionIds } = await activePromotion(api.db.orm, world, brandA, admin, { perParticipantCapMinor: '60000' });
    const a = (await participantA.ok(JOIN_PROMOTION, { id })).joinPromotion;
    const PREVIEW = `query R($input: RewardPreviewInput!) { rewardPreview(input: $input) { payoutOptionName kind overrideValue cappedBy uncapped { amountMinor } amount { amountMinor currency } lines { productName outcome amount { amountMinor } } steps } }`;
    const line = { productId: world.productA.productId, quantity: 2 };
    const standard = (await brandA.ok(PREVIEW, { input: { promotionId: id, lines: [line] } })).rewardPreview;
    expect(standard).toMatchObject({
      payoutOptionName: 'Standard',
      uncapped: { amountMinor: '100000' },
      amount: { amountMinor: '60000', currency: 'RUB' },
      cappedBy: 'PER_PARTICIPANT_CAP',
    });
    await brandA.ok(UPDATE_MEMBERS, {
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
