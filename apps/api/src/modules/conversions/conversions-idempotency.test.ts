import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { conversion, CONVERSIONS_PATH, postbackWorld, postSigned, seedCode, type PostbackWorld } from './conversions.test-kit';

describe('a conversion is idempotent on (brand, order id)', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let code: string;
  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '20' });
    w = await postbackWorld(api);
    code = await seedCode(api.db.orm, w.memberA);
  });
  afterAll(() => api?.stop());

  it('100 concurrent posts of one order (each signed afresh) make exactly one sale, one accrual, and all answer the same result', async () => {
    const body = conversion(w, { promoCode: code });
    const now = Math.floor(Date.now() / 1000);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body, { timestamp: now - i })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(99);
    const saleIds = new Set(results.map((r) => r.body.conversion.saleId));
    expect(saleIds.size).toBe(1);
    const em = api.db.orm.em.fork();
    expect(await em.execute(`select 1 from sale where order_id = ?`, [body.orderId])).toHaveLength(1);
    const [saleId] = [...saleIds];
    expect(await em.execute(`select 1 from ledger_journal where source_id = ? and kind = 'ACCRUAL'`, [saleId])).toHaveLength(1);
    expect(await em.execute(`select 1 from ledger_held_lot where sale_id = ?`, [saleId])).toHaveLength(1);
  });

  it('the same order id is a different order for another brand', async () => {
    const body = conversion(w, { promoCode: code });
    expect((await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body)).status).toBe(201);
    // Brand B has no such code: its postback is judged on its own (and refused), not answered with brand A's sale.
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyB.credential, body);
    expect([res.status, res.body.error.code]).toEqual([422, 'NOT_ATTRIBUTED']);
  });
});
