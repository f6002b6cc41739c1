import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { claimablePromotion, salesWorld, type SalesWorld } from '../sales/sales.test-kit';
import { seedConversion } from './conversion-report.test-kit';

const FIELDS = `total items { id orderId orderedAt kind source status amount { amountMinor currency } refunded { amountMinor }
  commission { amountMinor } commissionReversed { amountMinor } promotion { id name } memberId participantName
  attribution { decidedBy reason promoCode clickId } }`;
const LIST = `query C($filter: ConversionFilter, $page: PageInput) { conversions(filter: $filter, page: $page) { ${FIELDS} } }`;
const MINE = `query M($filter: ConversionFilter, $page: PageInput) { myConversions(filter: $filter, page: $page) { ${FIELDS} } }`;

describe('the conversion report: each caller only their own, filtered and paged', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let memberA: string;
  let memberB: string;
  let otherPromotionId: string;
  const clickId = '6f1c1d1e-0000-4000-8000-000000000001';

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    const orm = api.db.orm;
    const promotion = await claimablePromotion(orm, w, {}, [w.world.participantA.participantId, w.world.participantB.participantId]);
    promotionId = promotion.id;
    [memberA, memberB] = promotion.memberIds as [string, string];
    // A second promotion of brand A's that only participant B is a member of.
    otherPromotionId = (await claimablePromotion(orm, w, {}, [w.world.participantB.participantId])).id;

    await seedConversion(orm, memberA, { orderId: 'ORD-1001', orderedAt: new Date('2026-11-01T10:00:00Z'), clickId });
    await seedConversion(orm, memberA, {
      orderId: 'ORD-1002',
      source: 'PROMO_CODE',
      orderedAt: new Date('2026-11-10T10:00:00Z'),
      reason: 'code SPRING10 of the member; no click',
      refundedMinor: 40_000n,
      rewardReversedMinor: 2_000n,
    });
    await seedConversion(orm, memberA, {
      orderId: 'ORD_100%',
      source: 'MANUAL',
      status: 'REVERSED',
      orderedAt: new Date('2026-11-20T10:00:00Z'),
      reason: 'entered by the brand',
      refundedMinor: 100_000n,
      rewardReversedMinor: 5_000n,
    });
    await seedConversion(orm, memberB, { orderId: 'ORD-2001', orderedAt: new Date('2026-11-15T10:00:00Z') });
  });
  afterAll(() => api?.stop());

  const orderIds = (page: { items: { orderId: string }[] }) => page.items.map((c) => c.orderId);

  it('gives a brand its promotions’ conversions, newest order first, with amounts and the attribution', async () => {
    const { conversions } = await w.brandA.ok(LIST);
    expect(conversions.total).toBe(4);
    expect(orderIds(conversions)).toEqual(['ORD_100%', 'ORD-2001', 'ORD-1002', 'ORD-1001']);
    const code = conversions.items.find((c: any) => c.orderId === 'ORD-1002');
    expect(code).toMatchObject({
      kind: 'SINGLE',
      source: 'PROMO_CODE',
      status: 'APPROVED',
      amount: { amountMinor: '100000', currency: 'RUB' },
      refunded: { amountMinor: '40000' },
      commission: { amountMinor: '5000' },
      commissionReversed: { amountMinor: '2000' },
      promotion: { id: promotionId },
      memberId: memberA,
      participantName: expect.stringMatching(/./),
      attribution: { decidedBy: 'CODE', reason: 'code SPRING10 of the member; no click', promoCode: null, clickId: null },
    });
    const click = conversions.items.find((c: any) => c.orderId === 'ORD-1001');
    expect(click.attribution).toEqual({ decidedBy: 'CLICK', reason: 'last click within the window', promoCode: null, clickId });
    const manual = conversions.items.find((c: any) => c.orderId === 'ORD_100%');
    expect(manual.attribution.decidedBy).toBe('MANUAL');
  });

  it("answers another brand's promotion or member NOT_FOUND, and shows it nothing", async () => {
    expect((await w.brandB.ok(LIST)).conversions.total).toBe(0);
    expect(await w.brandB.code(LIST, { filter: { promotionId } })).toBe('NOT_FOUND');
    expect(await w.brandB.code(LIST, { filter: { memberId: memberA } })).toBe('NOT_FOUND');
    expect(await w.brandA.code(LIST, { filter: { promotionId: 'not-an-id' } })).toBe('NOT_FOUND');
    expect(await w.brandA.code(LIST, { filter: { promotionId: '00000000-0000-4000-8000-000000000000' } })).toBe('NOT_FOUND');
    // Admins read every brand's.
    expect((await w.admin.ok(LIST, { filter: { promotionId } })).conversions.total).toBe(4);
  });

  it('gives a participant only their own conversions; a promotion they are no member of is NOT_FOUND', async () => {
    const a = await w.participantA.ok(MINE);
    expect(orderIds(a.myConversions).sort()).toEqual(['ORD-1001', 'ORD-1002', 'ORD_100%']);
    const b = await w.participantB.ok(MINE);
    expect(orderIds(b.myConversions)).toEqual(['ORD-2001']);
    expect(await w.participantA.code(MINE, { filter: { promotionId: otherPromotionId } })).toBe('NOT_FOUND');
    expect(await w.participantA.code(MINE, { filter: { memberId: memberB } })).toBe('NOT_FOUND');
    expect((await w.participantB.ok(MINE, { filter: { promotionId: otherPromotionId } })).myConversions.total).toBe(0);
    // The brand list is not theirs to read, nor theirs a brand's.
    expect(await w.participantA.code(LIST)).toBe('FORBIDDEN');
    expect(await w.brandA.code(MINE)).toBe('FORBIDDEN');
  });

  it('filters by member, source, status, period and order id text (%, _ matched literally), and pages', async () => {
    const run = async (filter: Record<string, unknown>, page?: Record<string, number>) =>
      (await w.brandA.ok(LIST, { filter: { promotionId, ...filter }, page })).conversions;
    expect(orderIds(await run({ memberId: memberB }))).toEqual(['ORD-2001']);
    expect(orderIds(await run({ source: 'PROMO_CODE' }))).toEqual(['ORD-1002']);
    expect(orderIds(await run({ status: 'REVERSED' }))).toEqual(['ORD_100%']);
    expect(orderIds(await run({ orderedFrom: '2026-11-10T10:00:00Z', orderedTo: '2026-11-20T10:00:00Z' }))).toEqual([
      'ORD-2001',
      'ORD-1002',
    ]);
    expect(orderIds(await run({ orderId: '100%' }))).toEqual(['ORD_100%']);
    expect(orderIds(await run({ orderId: 'ord_' }))).toEqual(['ORD_100%']);
    expect(orderIds(await run({ orderId: '100' }))).toEqual(['ORD_100%', 'ORD-1002', 'ORD-1001']);
    const second = await run({}, { offset: 1, limit: 2 });
    expect([second.total, orderIds(second)]).toEqual([4, ['ORD-2001', 'ORD-1002']]);
    const past = await run({}, { offset: 10, limit: 2 });
    expect([past.total, past.items]).toEqual([4, []]);
  });

  it('refuses a backwards period, an overlong or multi-line order id search and a page over 100', async () => {
    const code = (filter: Record<string, unknown>, page?: Record<string, number>) => w.brandA.code(LIST, { filter, page });
    expect(await code({ orderedFrom: '2026-11-20T00:00:00Z', orderedTo: '2026-11-01T00:00:00Z' })).toBe('BAD_USER_INPUT');
    expect(await code({ orderId: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
    expect(await code({ orderId: 'a\nb' })).toBe('BAD_USER_INPUT');
    expect(await code({ orderedFrom: '1900-01-01T00:00:00Z' })).toBe('BAD_USER_INPUT');
    expect(await code({}, { offset: 0, limit: 101 })).toBe('BAD_USER_INPUT');
  });
});
