import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import { Sale } from './sale.entity';
import { claimablePromotion, fiscalReceipt, PREVIEW_SALE, saleInput, salesWorld, SUBMIT_SALE, type SalesWorld } from './sales.test-kit';

const DAY = 86_400_000;

describe('logging a sale by receipt', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotion: { id: string; optionId: string; memberIds: string[] };
  let productId: string;
  const saleCount = () => api.db.orm.em.fork().count(Sale, {});

  beforeAll(async () => {
    api = await startTestApi();
    w = await salesWorld(api);
    promotion = await claimablePromotion(api.db.orm, w);
    productId = w.world.productA.productId;
  });
  afterAll(() => api?.stop());

  /** Submits and expects a refusal with this code, and that nothing was stored. */
  async function refused(input: Record<string, unknown>, code: string, client = w.participantA) {
    const before = await saleCount();
    const res = await client.request(SUBMIT_SALE, { input });
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    expect(await saleCount()).toBe(before);
    return res.errors![0]!;
  }

  it('stores a pending sale with its lines, fiscal data and the reward explanation the preview showed', async () => {
    const input = saleInput(promotion.id, productId);
    const { previewSaleReward } = await w.participantA.ok(PREVIEW_SALE, { input: { promotionId: promotion.id, lines: input.lines } });
    expect(previewSaleReward.amount.amountMinor).toBe('100000'); // PER_UNIT 50000 x 2
    const { submitSale } = await w.participantA.ok(SUBMIT_SALE, { input });
    expect(submitSale).toMatchObject({
      status: 'PENDING',
      source: 'RECEIPT_CLAIM',
      verification: 'PENDING',
      amount: { amountMinor: '10998000', currency: 'RUB' },
      reward: { amountMinor: '100000' },
      fiscal: { fn: input.receipt.fiscal.fn, i: input.receipt.fiscal.i, operationType: 1, total: { amountMinor: '20000000' } },
      lines: [{ productId, productName: 'TV 55', quantity: 2, unitPrice: { amountMinor: '5499000' } }],
      participant: { id: w.world.participantA.participantId },
      promotion: { id: promotion.id },
    });
    expect(submitSale.explanation.amount).toEqual(previewSaleReward.amount);
    expect(submitSale.explanation.steps).toEqual(previewSaleReward.steps);
  });

  it('reads the QR text through the fiscal QR parser, and a typed copy of that receipt is a duplicate', async () => {
    const t = new Date(Date.now() - 7_200_000).toISOString().replace(/[-:]/g, '').slice(0, 13); // yyyymmddThhmm
    const qrText = `t=${t}&s=200000.00&fn=9999078900077777&i=00042&fp=0522207165&n=1`;
    const { submitSale } = await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotion.id, productId, { receipt: { qrText } }) });
    expect(submitSale.fiscal).toMatchObject({ fn: '9999078900077777', i: '42', fp: '522207165', total: { amountMinor: '20000000' } });
    const typed = fiscalReceipt({ fn: '9999078900077777', i: '42', fp: '0522207165' });
    await refused(saleInput(promotion.id, productId, { receipt: typed }), 'DUPLICATE_RECEIPT');
    await refused(saleInput(promotion.id, productId, { receipt: { qrText: 'not a receipt' } }), 'BAD_USER_INPUT');
    await refused(
      saleInput(promotion.id, productId, { receipt: { qrText: qrText.replace('n=1', 'n=2').replace('i=00042', 'i=43') } }),
      'NOT_A_SALE_RECEIPT',
    );
  });

  it('logs a receipt without a QR by number and date', async () => {
    const { submitSale } = await w.participantA.ok(SUBMIT_SALE, {
      input: saleInput(promotion.id, productId, { receipt: { number: 'A-1001', date: new Date().toISOString() } }),
    });
    expect(submitSale).toMatchObject({ receiptNumber: 'A-1001', fiscal: null, verification: 'NOT_APPLICABLE' });
  });

  it('refuses a fiscal receipt claimed before, by anyone, in any promotion (DUPLICATE_RECEIPT)', async () => {
    const input = saleInput(promotion.id, productId);
    await w.participantA.ok(SUBMIT_SALE, { input });
    await refused(input, 'DUPLICATE_RECEIPT');
    // Participant B in another promotion of brand A, same receipt.
    const other = await claimablePromotion(api.db.orm, w, {}, [w.world.participantB.participantId]);
    await refused({ ...input, promotionId: other.id }, 'DUPLICATE_RECEIPT', w.participantB);
  });

  it('refuses the same receipt number and day twice within a brand', async () => {
    const receipt = { number: 'DUP-7', date: new Date(Date.now() - DAY).toISOString() };
    await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotion.id, productId, { receipt }) });
    const sameDayLater = { ...receipt, date: new Date(new Date(receipt.date).getTime() + 60_000).toISOString() };
    await refused(saleInput(promotion.id, productId, { receipt: sameDayLater }), 'DUPLICATE_RECEIPT');
  });

  it('refuses a refund receipt (n != 1)', async () => {
    await refused(saleInput(promotion.id, productId, { receipt: fiscalReceipt({ operationType: 2 }) }), 'NOT_A_SALE_RECEIPT');
  });

  it('refuses lines adding up to more than the QR total', async () => {
    await refused(saleInput(promotion.id, productId, { receipt: fiscalReceipt({ totalMinor: '1000' }) }), 'LINES_EXCEED_RECEIPT_TOTAL');
  });

  it('refuses a receipt outside the promotion, in the future, or older than the claim window', async () => {
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    await refused(
      saleInput(promotion.id, productId, { receipt: fiscalReceipt({ purchasedAt: ago(5) }) }),
      'RECEIPT_DATE_OUTSIDE_PROMOTION',
    );
    await refused(saleInput(promotion.id, productId, { receipt: fiscalReceipt({ purchasedAt: ago(-1) }) }), 'RECEIPT_DATE_IN_FUTURE');
    const old = await claimablePromotion(api.db.orm, w, { startsAt: ago(40), claimWindowDays: 7 });
    await refused(saleInput(old.id, productId, { receipt: fiscalReceipt({ purchasedAt: ago(8) }) }), 'CLAIM_WINDOW_EXPIRED');
    await w.participantA.ok(SUBMIT_SALE, { input: saleInput(old.id, productId, { receipt: fiscalReceipt({ purchasedAt: ago(6) }) }) });
  });

  it("refuses a receipt outside the member's validity", async () => {
    const limited = await claimablePromotion(api.db.orm, w);
    await api.db.orm.em.fork().nativeUpdate(PromotionMember, { id: limited.memberIds[0] }, { validFrom: new Date() });
    await refused(saleInput(limited.id, productId), 'RECEIPT_DATE_OUTSIDE_MEMBERSHIP');
  });

  it('refuses a product that is not in the promotion', async () => {
    await refused(saleInput(promotion.id, w.world.productB.productId), 'PRODUCT_NOT_IN_PROMOTION');
  });

  it('refuses a caller who is not an active member, and hides another audience’s promotion', async () => {
    const inactive = await claimablePromotion(api.db.orm, w);
    await api.db.orm.em.fork().nativeUpdate(PromotionMember, { id: inactive.memberIds[0] }, { active: false });
    await refused(saleInput(inactive.id, productId), 'NOT_AN_ACTIVE_MEMBER');
    await refused(saleInput(promotion.id, productId), 'NOT_AN_ACTIVE_MEMBER', w.participantB);
    const chosen = await claimablePromotion(
      api.db.orm,
      w,
      { audience: 'CHOSEN_PARTNERS', audiencePartnerIds: [w.world.partnerA.partnerId] },
      [],
    );
    await refused(saleInput(chosen.id, productId), 'NOT_FOUND', w.participantB);
  });

  it('cuts the reward to what is left of a cap, then refuses once it is used up (pending rewards count)', async () => {
    const capped = await claimablePromotion(api.db.orm, w, { perParticipantCapMinor: '150000' });
    const first = await w.participantA.ok(SUBMIT_SALE, { input: saleInput(capped.id, productId) });
    expect(first.submitSale.reward.amountMinor).toBe('100000');
    const second = await w.participantA.ok(SUBMIT_SALE, { input: saleInput(capped.id, productId) });
    expect(second.submitSale.reward.amountMinor).toBe('50000');
    expect(second.submitSale.explanation.cappedBy).toBe('PER_PARTICIPANT_CAP');
    const error = await refused(saleInput(capped.id, productId), 'CAP_REACHED');
    expect(error.extensions?.cap).toBe('PER_PARTICIPANT_CAP');
    await api.db.orm.em.fork().nativeUpdate(Promotion, { id: capped.id }, { perParticipantCapMinor: null, budgetCapMinor: 150000n });
    await refused(saleInput(capped.id, productId), 'CAP_REACHED');
  });

  it('refuses bad input with a typed error and stores nothing', async () => {
    await refused(saleInput(promotion.id, productId, { receipt: {} }), 'BAD_USER_INPUT');
    await refused(
      saleInput(promotion.id, productId, { receipt: { ...fiscalReceipt(), number: 'X-1', date: new Date().toISOString() } }),
      'BAD_USER_INPUT',
    );
    await refused(saleInput(promotion.id, productId, { receipt: { number: 'X-2' } }), 'BAD_USER_INPUT');
    await refused(
      saleInput(promotion.id, productId, { receipt: { number: 'bad\u0000number', date: new Date().toISOString() } }),
      'BAD_USER_INPUT',
    );
    await refused(saleInput(promotion.id, productId, { receipt: fiscalReceipt({ fn: '123' }) }), 'BAD_USER_INPUT');
    await refused(saleInput(promotion.id, productId, { lines: [] }), 'BAD_USER_INPUT');
    await refused(saleInput(promotion.id, productId, { lines: [{ productId, quantity: 0, unitPriceMinor: '1' }] }), 'BAD_USER_INPUT');
    await refused(saleInput(promotion.id, productId, { lines: [{ productId, quantity: 1, unitPriceMinor: '-5' }] }), 'BAD_USER_INPUT');
    const many = Array.from({ length: 51 }, () => ({ productId, quantity: 1, unitPriceMinor: '1' }));
    await refused(saleInput(promotion.id, productId, { lines: many }), 'BAD_USER_INPUT');
    await refused(
      saleInput(promotion.id, productId, { receipt: fiscalReceipt({ purchasedAt: '1999-01-01T00:00:00Z' }) }),
      'BAD_USER_INPUT',
    );
    await refused(saleInput('not-an-id', productId), 'NOT_FOUND');
    await refused(saleInput(promotion.id, productId, { photoIds: ['00000000-0000-4000-8000-000000000000'] }), 'NOT_FOUND');
  });

  it('lets only participants log sales', async () => {
    await refused(saleInput(promotion.id, productId), 'FORBIDDEN', w.brandA);
    await refused(saleInput(promotion.id, productId), 'FORBIDDEN', w.partnerA);
    await refused(saleInput(promotion.id, productId), 'UNAUTHENTICATED', api.client());
  });
});
