import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { claimablePromotion, salesWorld, type SalesWorld } from '../sales/sales.test-kit';
import { seedClicks, seedConversion, seedLink } from './conversion-report.test-kit';
import { conversionRateBp } from './tracking-stats.service';

const ROW = `memberId participantName clicks uniqueClicks conversions conversionRateBp amount { amountMinor currency } commission { amountMinor }`;
const STATS = `query S($id: ID!, $from: DateTimeISO, $to: DateTimeISO, $page: PageInput) {
  trackingStats(promotionId: $id, from: $from, to: $to, page: $page) { promotionId total items { ${ROW} } totals { ${ROW} } } }`;
const MINE = `query M($id: ID!) { myTrackingStats(promotionId: $id) { total items { ${ROW} } totals { ${ROW} } } }`;

describe('tracking stats: clicks, unique clicks, conversions and the rate per member', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let memberA: string;
  let memberB: string;
  let otherPromotionId: string;
  const inPeriod = new Date('2026-11-10T12:00:00Z');
  const before = new Date('2026-10-01T12:00:00Z');
  const period = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    const orm = api.db.orm;
    const promotion = await claimablePromotion(orm, w, {}, [w.world.participantA.participantId, w.world.participantB.participantId]);
    promotionId = promotion.id;
    [memberA, memberB] = promotion.memberIds as [string, string];
    otherPromotionId = (await claimablePromotion(orm, w, {}, [w.world.participantB.participantId])).id;
    const link = await seedLink(orm, memberA);
    await seedClicks(orm, link, { count: 7, at: inPeriod });
    // A visitor's repeats within the hour: clicks, never unique.
    await seedClicks(orm, link, { count: 5, unique: false, at: inPeriod });
    // Bots are never unique, even if a row says so.
    await seedClicks(orm, link, { count: 4, agent: 'BOT', unique: true, at: inPeriod });
    // Outside the period.
    await seedClicks(orm, link, { count: 9, at: before });
    await seedConversion(orm, memberA, { orderId: 'A-1', amountMinor: 100_000n, rewardMinor: 5_000n, orderedAt: inPeriod });
    await seedConversion(orm, memberA, {
      orderId: 'A-2',
      amountMinor: 60_000n,
      rewardMinor: 3_000n,
      refundedMinor: 20_000n,
      rewardReversedMinor: 1_000n,
      orderedAt: inPeriod,
    });
    // Fully refunded: no longer a conversion.
    await seedConversion(orm, memberA, {
      orderId: 'A-3',
      status: 'REVERSED',
      refundedMinor: 100_000n,
      rewardReversedMinor: 5_000n,
      orderedAt: inPeriod,
    });
    await seedConversion(orm, memberA, { orderId: 'A-old', orderedAt: before });
    // Member B: a conversion by code and no clicks at all.
    await seedConversion(orm, memberB, {
      orderId: 'B-1',
      source: 'PROMO_CODE',
      amountMinor: 10_000n,
      rewardMinor: 500n,
      orderedAt: inPeriod,
    });
  });
  afterAll(() => api?.stop());

  it('counts bots and repeats as clicks but not unique ones, excludes full refunds, and nets partial ones', async () => {
    const { trackingStats } = await w.brandA.ok(STATS, { id: promotionId, ...period });
    expect(trackingStats.total).toBe(2);
    expect(trackingStats.items).toEqual([
      {
        memberId: memberA,
        participantName: expect.any(String),
        clicks: 16,
        uniqueClicks: 7,
        conversions: 2,
        conversionRateBp: 2857, // 2 x 10000 / 7, rounded down
        amount: { amountMinor: '140000', currency: 'RUB' },
        commission: { amountMinor: '7000' },
      },
      {
        memberId: memberB,
        participantName: expect.any(String),
        clicks: 0,
        uniqueClicks: 0,
        conversions: 1,
        conversionRateBp: 0,
        amount: { amountMinor: '10000', currency: 'RUB' },
        commission: { amountMinor: '500' },
      },
    ]);
    expect(trackingStats.totals).toEqual({
      memberId: null,
      participantName: null,
      clicks: 16,
      uniqueClicks: 7,
      conversions: 3,
      conversionRateBp: 4285,
      amount: { amountMinor: '150000', currency: 'RUB' },
      commission: { amountMinor: '7500' },
    });
  });

  it('counts everything without a period, and pages the members while the totals cover them all', async () => {
    const all = (await w.brandA.ok(STATS, { id: promotionId })).trackingStats;
    expect([all.totals.clicks, all.totals.uniqueClicks, all.totals.conversions]).toEqual([25, 16, 4]);
    const second = (await w.brandA.ok(STATS, { id: promotionId, ...period, page: { offset: 1, limit: 1 } })).trackingStats;
    expect([second.total, second.items.map((r: any) => r.memberId), second.totals.conversions]).toEqual([2, [memberB], 3]);
  });

  it("scopes it: another brand's promotion NOT_FOUND, admins any, a participant their own row only", async () => {
    expect(await w.brandB.code(STATS, { id: promotionId })).toBe('NOT_FOUND');
    expect(await w.brandA.code(STATS, { id: 'nope' })).toBe('NOT_FOUND');
    expect((await w.admin.ok(STATS, { id: promotionId })).trackingStats.total).toBe(2);
    const mine = (await w.participantB.ok(MINE, { id: promotionId })).myTrackingStats;
    expect([mine.total, mine.items.map((r: any) => r.memberId), mine.totals.conversions]).toEqual([1, [memberB], 1]);
    expect(await w.participantA.code(MINE, { id: otherPromotionId })).toBe('NOT_FOUND');
    expect(await w.participantA.code(STATS, { id: promotionId })).toBe('FORBIDDEN');
    expect(await w.partnerA.code(STATS, { id: promotionId })).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await w.brandA.code(STATS, { id: promotionId, from: period.to, to: period.from })).toBe('BAD_USER_INPUT');
  });
});

describe('conversionRateBp', () => {
  it('is conversions x 10000 / unique clicks rounded down, 0 without unique clicks', () => {
    expect(conversionRateBp(0n, 0n)).toBe(0);
    expect(conversionRateBp(5n, 0n)).toBe(0);
    expect(conversionRateBp(1n, 3n)).toBe(3333);
    expect(conversionRateBp(3n, 3n)).toBe(10_000);
    // More conversions than unique clicks (codes need no click): above 100%, not capped.
    expect(conversionRateBp(4n, 2n)).toBe(20_000);
  });
});
