import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../test/query-counter';
import { startTestApi, type TestApi } from '../../test/test-api';
import { APPROVE_SALES, claimablePromotion, saleInput, SALE_FIELDS, salesWorld, SUBMIT_SALE, type SalesWorld } from './sales.test-kit';

const PAGE = `total items { id participant { id } promotion { id } }`;
const MY = `query M($filter: SaleFilter) { mySales(filter: $filter) { ${PAGE} } }`;
const PARTNER = `query P($filter: SaleFilter) { partnerSales(filter: $filter) { ${PAGE} } }`;
const BRAND = `query B($filter: SaleFilter) { brandSales(filter: $filter) { ${PAGE} } }`;
const STATS = `query S($filter: SaleFilter) { partnerParticipantStats(filter: $filter) { total items {
  participant { id } salesCount salesAmount { amountMinor } pointsEarned { amountMinor } pointsPending { amountMinor } lastSaleAt } } }`;
const BUDGET = `query B($id: ID!) { promotion(id: $id) { id budgetUsage { approved { amountMinor } pending { amountMinor } used { amountMinor } cap { amountMinor } remaining { amountMinor } } } }`;

describe('reading sales: each caller only their own', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let saleA: string;
  let saleB: string;

  beforeAll(async () => {
    // No background jobs: the statement counts below would count a receipt check or a notification's delivery.
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    const promotion = await claimablePromotion(api.db.orm, w, {}, [w.world.participantA.participantId, w.world.participantB.participantId]);
    promotionId = promotion.id;
    const product = w.world.productA.productId;
    saleA = (await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, product) })).submitSale.id;
    await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, product) });
    saleB = (await w.participantB.ok(SUBMIT_SALE, { input: saleInput(promotionId, product) })).submitSale.id;
    await w.admin.ok(APPROVE_SALES, { ids: [saleA] });
  });
  afterAll(() => api?.stop());

  const ids = (page: any) => page.items.map((s: any) => s.id).sort();

  it("gives a participant their own sales, and another's sale is NOT_FOUND", async () => {
    const { mySales } = await w.participantA.ok(MY);
    expect(mySales.total).toBe(2);
    expect(mySales.items.every((s: any) => s.participant.id === w.world.participantA.participantId)).toBe(true);
    expect(await w.participantA.code(`query G($id: ID!) { sale(id: $id) { id } }`, { id: saleB })).toBe('NOT_FOUND');
    const approved = await w.participantA.ok(MY, { filter: { status: 'APPROVED' } });
    expect(ids(approved.mySales)).toEqual([saleA]);
  });

  it("gives a partner its participants' sales and per-participant results", async () => {
    const a = await w.partnerA.ok(PARTNER);
    expect(a.partnerSales.total).toBe(2);
    const b = await w.partnerB.ok(PARTNER);
    expect(ids(b.partnerSales)).toEqual([saleB]);
    expect(await w.partnerB.code(`query G($id: ID!) { sale(id: $id) { id } }`, { id: saleA })).toBe('NOT_FOUND');
    // A filter naming another partner's participant finds nothing.
    const foreign = await w.partnerA.ok(PARTNER, { filter: { participantId: w.world.participantB.participantId } });
    expect(foreign.partnerSales.total).toBe(0);

    const { partnerParticipantStats } = await w.partnerA.ok(STATS);
    expect(partnerParticipantStats.items).toEqual([
      {
        participant: { id: w.world.participantA.participantId },
        salesCount: 2,
        salesAmount: { amountMinor: String(2 * 10_998_000) },
        pointsEarned: { amountMinor: '100000' },
        pointsPending: { amountMinor: '100000' },
        lastSaleAt: expect.any(String),
      },
    ]);
  });

  it('gives a brand the sales in its promotions, read only, and the budget used; another brand nothing', async () => {
    const a = await w.brandA.ok(BRAND);
    expect(a.brandSales.total).toBe(3);
    const b = await w.brandB.ok(BRAND);
    expect(b.brandSales.total).toBe(0);
    expect(await w.brandB.code(`query G($id: ID!) { sale(id: $id) { id } }`, { id: saleA })).toBe('NOT_FOUND');
    const { promotion } = await w.brandA.ok(BUDGET, { id: promotionId });
    expect(promotion.budgetUsage).toEqual({
      approved: { amountMinor: '100000' },
      pending: { amountMinor: '200000' },
      used: { amountMinor: '300000' },
      cap: { amountMinor: '100000000' },
      remaining: { amountMinor: String(100_000_000 - 300_000) },
    });
    const asPartner = await w.partnerA.ok(BUDGET, { id: promotionId });
    expect(asPartner.promotion.budgetUsage).toBeNull();
    const asAdmin = await w.admin.ok(BUDGET, { id: promotionId });
    expect(asAdmin.promotion.budgetUsage.used.amountMinor).toBe('300000');
  });

  it('reads a page with the same number of statements for 3 sales as for 23', async () => {
    const query = `{ brandSales(page: { limit: 100 }) { total items { ${SALE_FIELDS} } } }`;
    // The fewer of two runs: the first may also look up the session (its cache lasts a few seconds).
    const measure = async () => {
      const counter = countQueries(api.db.orm);
      const runs = [await counter.during(() => w.brandA.ok(query)), await counter.during(() => w.brandA.ok(query))];
      counter.stop();
      return Math.min(...runs);
    };
    const few = await measure();
    for (let i = 0; i < 20; i++) await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, w.world.productA.productId) });
    const { brandSales } = await w.brandA.ok(query);
    expect(brandSales.total).toBe(23);
    expect(await measure()).toBe(few);
  });
});
