import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { sweepDueLots } from '../ledger/ledger.jobs';
import { verifyLedger } from '../ledger/ledger.verify';
import { conversion, CONVERSIONS_PATH, postbackWorld, postSigned, seedCode, type PostbackWorld } from './conversions.test-kit';

/** What the promotion has used by the one definition (modules/sales/promotion-caps.ts), summed from the rows themselves. */
const USED_FROM_ROWS = `select coalesce(sum(case when status in ('PENDING', 'APPROVED') then reward_minor - reward_reversed_minor else 0 end), 0)
   + coalesce((select sum(amount_minor) from click_accrual where promotion_id = ?), 0) as used from sale where promotion_id = ?`;

describe('caps and batches of conversions: the database keeps the usage and refuses to go over a cap', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let codeA: string;
  let codeB: string;
  const em = () => api.db.orm.em.fork();
  const usage = async () => {
    const [counter] = await em().execute(`select used_minor::text as used from promotion_usage where promotion_id = ?`, [w.promotionId]);
    const [rows] = await em().execute(USED_FROM_ROWS, [w.promotionId, w.promotionId]);
    return { counter: BigInt(counter.used), rows: BigInt(rows.used) };
  };

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '20' });
    w = await postbackWorld(api);
    codeA = await seedCode(api.db.orm, w.memberA);
    codeB = await seedCode(api.db.orm, w.memberB);
    // A flat 10,000 per sale keeps the arithmetic plain.
    await em().execute(`update payout_option set kind = 'FLAT_PER_SALE', value = 10000 where promotion_id = ?`, [w.promotionId]);
    // Held rewards: written through the batcher (a reward due at once goes in a transaction with its release job).
    await em().execute(`update promotion set holding_days = 7 where id = ?`, [w.promotionId]);
  });
  afterAll(() => api?.stop());

  it('80 concurrent conversions of two members (written in shared statements) are all stored, each with its accrual; the usage counter equals the rows', async () => {
    const before = await usage();
    const bodies = Array.from({ length: 80 }, (_, i) => conversion(w, { promoCode: i % 2 ? codeA : codeB }));
    let writes = 0;
    const knex = api.db.orm.em.getConnection().getKnex();
    const count = (q: { sql: string }) => void (/insert into sale \(/.test(q.sql) && writes++);
    knex.on('query', count);
    const results = await Promise.all(bodies.map((body) => postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body)));
    knex.removeListener('query', count);
    // Conversions that arrived together were written together.
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(80);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    expect(new Set(results.map((r) => r.body.conversion.saleId)).size).toBe(80);
    const orders = bodies.map((b) => b.orderId as string);
    const [stored] = await em().execute(
      `select count(*)::int as sales, count(l.sale_id)::int as lots,
              (select count(*)::int from ledger_journal j where j.kind = 'ACCRUAL' and j.source_id = any(array_agg(s.id))) as journals
         from sale s left join ledger_held_lot l on l.sale_id = s.id where s.order_id = any(?::text[])`,
      [`{${orders.join(',')}}`],
    );
    expect(stored).toEqual({ sales: 80, lots: 80, journals: 80 });
    const after = await usage();
    expect(after.counter).toBe(after.rows);
    expect(after.counter - before.counter).toBe(80n * 10_000n);
    expect((await verifyLedger(em())).ok).toBe(true);
  });

  it('conversions racing for the last of a budget never spend more than it; the last one is cut to what was left', async () => {
    const { counter: used } = await usage();
    // Room for 5.5 conversions: 5 pay in full, one is cut to 5,000, the rest pay nothing.
    await em().execute(`update promotion set budget_cap_minor = ? where id = ?`, [(used + 55_000n).toString(), w.promotionId]);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, { promoCode: i % 2 ? codeA : codeB })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const paid = results.map((r) => BigInt(r.body.conversion.commission.amountMinor)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    expect(paid.reduce((a, b) => a + b, 0n)).toBe(55_000n);
    expect(paid.slice(0, 6)).toEqual([10_000n, 10_000n, 10_000n, 10_000n, 10_000n, 5_000n]);
    expect(paid.slice(6).every((p) => p === 0n)).toBe(true);
    const after = await usage();
    expect(after).toEqual({ counter: used + 55_000n, rows: used + 55_000n });
    expect((await verifyLedger(em())).ok).toBe(true);
  });

  it('a held conversion has no release job of its own: the minutely sweep releases its lot once due; one due at once gets its job', async () => {
    await em().execute(`update promotion set holding_days = 1, budget_cap_minor = null where id = ?`, [w.promotionId]);
    const held = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, { promoCode: codeA }));
    expect(held.status).toBe(201);
    const saleId = held.body.conversion.saleId;
    expect(await em().execute(`select 1 from pgboss.job where data->>'saleId' = ?`, [saleId])).toHaveLength(0);
    expect(await sweepDueLots(api.db.orm, new Date(Date.now() + 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
    const [lot] = await em().execute(`select released_at from ledger_held_lot where sale_id = ?`, [saleId]);
    expect(lot.released_at).not.toBeNull();

    await em().execute(`update promotion set holding_days = 0 where id = ?`, [w.promotionId]);
    const now = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, { promoCode: codeA }));
    expect(now.status).toBe(201);
    const jobs = await em().execute(`select name from pgboss.job where data->>'saleId' = ?`, [now.body.conversion.saleId]);
    expect(jobs).toEqual([{ name: 'ledger.release' }]);
    expect((await verifyLedger(em())).ok).toBe(true);
  });

  it('the database itself refuses a sale that would go over the cap (MVCAP), whoever writes it', async () => {
    await em().execute(
      `update promotion set budget_cap_minor = (select used_minor from promotion_usage where promotion_id = ?) where id = ?`,
      [w.promotionId, w.promotionId],
    );
    const [sale] = await em().execute(`select * from sale where promotion_id = ? and reward_minor > 0 limit 1`, [w.promotionId]);
    const insert = em().execute(
      `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date, status,
          reward_minor, explanation, verification, order_id)
       values (gen_random_uuid(), 'MANUAL', ?, ?, ?, ?, 1000, ?, now(), 'APPROVED', 1, '{}', 'NOT_APPLICABLE', 'OVER-THE-CAP')`,
      [sale.participant_id, w.promotionId, sale.brand_id, sale.member_id, sale.currency],
    );
    await expect(insert).rejects.toMatchObject({ code: 'MVCAP' });
    expect(await em().execute(`select 1 from sale where order_id = 'OVER-THE-CAP'`)).toHaveLength(0);
  });
});
