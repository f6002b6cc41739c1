import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { conversion, CONVERSIONS_PATH, postbackWorld, postSigned, RESULT, seedCode, type PostbackWorld } from './conversions.test-kit';

const MANUAL = `mutation M($input: RecordManualSaleInput!) { recordManualSale(input: $input) { ${RESULT} } }`;

describe('commission of a conversion: payout kinds, unknown SKUs, kind, customer, manual sales', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let code: string;
  const em = () => api.db.orm.em.fork();
  const post = (over: Record<string, unknown>) =>
    postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, { promoCode: code, ...over }));
  const useOption = async (kind: string, value: bigint) =>
    em().execute(`update payout_option set kind = ?, value = ? where id = (select payout_option_id from promotion_member where id = ?)`, [
      kind,
      value.toString(),
      w.memberA,
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    w = await postbackWorld(api);
    code = await seedCode(api.db.orm, w.memberA);
  });
  afterAll(() => api?.stop());

  it('PER_UNIT pays per eligible unit; a line with an unknown SKU counts in the amount but earns nothing, and the explanation says so', async () => {
    await useOption('PER_UNIT', 10_000n);
    const res = await post({
      amountMinor: 350_000,
      lines: [
        { sku: w.world.productA.sku, quantity: 3, unitPriceMinor: 100_000 },
        { sku: 'NOT-OURS', quantity: 1, unitPriceMinor: 50_000 },
      ],
    });
    expect(res.body.conversion).toMatchObject({ amount: { amountMinor: '350000' }, commission: { amountMinor: '30000' } });
    const [sale] = await em().execute(`select explanation from sale where id = ?`, [res.body.conversion.saleId]);
    expect(sale.explanation.unknownSkuLines).toBe(1);
    expect(sale.explanation.steps.join(' ')).toMatch(/unknown SKU/);
    expect(await em().execute(`select 1 from sale_line where sale_id = ?`, [res.body.conversion.saleId])).toHaveLength(1);
  });

  it('PERCENT_OF_SALE pays basis points of the eligible lines; FLAT_PER_SALE pays its amount once', async () => {
    await useOption('PERCENT_OF_SALE', 500n);
    const pct = await post({ amountMinor: 200_000, lines: [{ sku: w.world.productA.sku, quantity: 2, unitPriceMinor: 100_000 }] });
    expect(pct.body.conversion.commission.amountMinor).toBe('10000');
    await useOption('FLAT_PER_SALE', 25_000n);
    const flat = await post({ amountMinor: 200_000, lines: [{ sku: w.world.productA.sku, quantity: 2, unitPriceMinor: 100_000 }] });
    expect(flat.body.conversion.commission.amountMinor).toBe('25000');
    await useOption('PER_UNIT', 10_000n);
  });

  it('stores the kind, the receipt date, the hold and the customer only as a hash unless the brand opted in', async () => {
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await post({ kind: 'RECURRING', occurredAt, customer: { email: '  Buyer@Example.COM ' } });
    const [sale] = await em().execute(
      `select conversion_kind, receipt_date, customer_hash, customer_contact, status, source from sale where id = ?`,
      [res.body.conversion.saleId],
    );
    expect(sale).toMatchObject({ conversion_kind: 'RECURRING', status: 'APPROVED', source: 'PROMO_CODE', customer_contact: null });
    expect(new Date(sale.receipt_date).toISOString()).toBe(occurredAt);
    expect(sale.customer_hash).toBe(createHash('sha256').update('buyer@example.com').digest('hex'));
    const [lot] = await em().execute(`select amount, released_at from ledger_held_lot where sale_id = ?`, [res.body.conversion.saleId]);
    expect(lot).toMatchObject({ amount: '10000' });
    await em().execute(`update brand set keep_customer_contacts = true where id = ?`, [w.world.brandA.brandId]);
    const kept = await post({ customer: { phone: '+7 (900) 123-45-67' } });
    const [row] = await em().execute(`select customer_contact from sale where id = ?`, [kept.body.conversion.saleId]);
    expect(row.customer_contact).toBe('+79001234567');
  });

  it('a manual sale: source MANUAL, kind MANUAL, reason "entered by the brand", amount = the lines; an order id already recorded is DUPLICATE_ORDER, nothing stored twice', async () => {
    const input = {
      memberId: w.memberB,
      orderId: `MAN-${Date.now()}`,
      orderedAt: new Date().toISOString(),
      lines: [{ productId: w.world.productA.productId, quantity: 2, unitPriceMinor: '70000' }],
    };
    const { recordManualSale } = await w.brandA.ok(MANUAL, { input });
    expect(recordManualSale).toMatchObject({
      amount: { amountMinor: '140000' },
      commission: { amountMinor: '20000' },
      attributionReason: 'entered by the brand',
    });
    const [sale] = await em().execute(`select source, conversion_kind, member_id from sale where id = ?`, [recordManualSale.saleId]);
    expect(sale).toEqual({ source: 'MANUAL', conversion_kind: 'MANUAL', member_id: w.memberB });
    // Typed again (for this member or another): refused, the first sale stays the only one.
    expect(await w.brandA.code(MANUAL, { input })).toBe('DUPLICATE_ORDER');
    expect(await w.brandA.code(MANUAL, { input: { ...input, memberId: w.memberA } })).toBe('DUPLICATE_ORDER');
    expect(await em().execute(`select id from sale where order_id = ?`, [input.orderId])).toEqual([{ id: recordManualSale.saleId }]);
    expect(await w.brandB.code(MANUAL, { input: { ...input, orderId: `MAN-B-${Date.now()}` } })).toBe('NOT_FOUND');

    // A member who does not earn (switched off by the brand) gets nothing entered for them.
    await em().execute(`update promotion_member set active = false where id = ?`, [w.memberB]);
    const off = { ...input, orderId: `MAN-OFF-${Date.now()}` };
    expect(await w.brandA.code(MANUAL, { input: off })).toBe('NOT_AN_ACTIVE_MEMBER');
    expect(await em().execute(`select 1 from sale where order_id = ?`, [off.orderId])).toEqual([]);
    await em().execute(`update promotion_member set active = true where id = ?`, [w.memberB]);
  });
});
