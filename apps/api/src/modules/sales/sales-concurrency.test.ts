import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { readParticipantBalances } from '../ledger/ledger.balance';
import { verifyLedger } from '../ledger/ledger.verify';
import { Sale } from './sale.entity';
import { APPROVE_SALES, claimablePromotion, saleInput, salesWorld, SUBMIT_SALE, type SalesWorld } from './sales.test-kit';

/** On the real PostgreSQL, many callers at once: the database's guards decide, never a 500. */
describe('sales under concurrency', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '20' });
    w = await salesWorld(api);
    promotionId = (await claimablePromotion(api.db.orm, w)).id;
  });
  afterAll(() => api?.stop());

  it('posts the reward once when 20 moderators approve one sale at the same time', async () => {
    const { submitSale } = await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, w.world.productA.productId) });
    // Twenty requests in flight at once (one session is enough: each request is its own transaction).
    const results = await Promise.all(Array.from({ length: 20 }, () => w.admin.ok(APPROVE_SALES, { ids: [submitSale.id] })));
    const outcomes = results.map((r) => r.approveSales[0].outcome);
    expect(outcomes.filter((o) => o === 'APPROVED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'ALREADY_DECIDED')).toHaveLength(19);

    const em = api.db.orm.em.fork();
    const journals = await em.execute(`select kind from ledger_journal where source_id = ?`, [submitSale.id]);
    expect(journals).toEqual([{ kind: 'ACCRUAL' }]);
    const balances = await readParticipantBalances(em, w.world.participantA.participantId);
    expect(balances.held).toBe(100_000n);
    const verification = await verifyLedger(em);
    expect(verification.ok).toBe(true);
  });

  it('keeps one sale when the same fiscal receipt is submitted 20 times at once; the rest are DUPLICATE_RECEIPT', async () => {
    const input = saleInput(promotionId, w.world.productA.productId);
    const before = await api.db.orm.em.fork().count(Sale, {});
    const codes = await Promise.all(Array.from({ length: 20 }, () => w.participantA.code(SUBMIT_SALE, { input })));
    expect(codes.filter((c) => c === null)).toHaveLength(1);
    expect(codes.filter((c) => c === 'DUPLICATE_RECEIPT')).toHaveLength(19);
    expect(await api.db.orm.em.fork().count(Sale, {})).toBe(before + 1);
  });

  it('never spends more than a cap when claims race for the last of it', async () => {
    const capped = await claimablePromotion(api.db.orm, w, { budgetCapMinor: '250000' });
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => w.participantA.code(SUBMIT_SALE, { input: saleInput(capped.id, w.world.productA.productId) })),
    );
    expect(codes.filter((c) => c === null)).toHaveLength(3); // 100000 + 100000 + 50000
    expect(codes.filter((c) => c === 'CAP_REACHED')).toHaveLength(7);
    const [used] = await api.db.orm.em
      .fork()
      .execute(`select sum(reward_minor)::text as total from sale where promotion_id = ?`, [capped.id]);
    expect(used.total).toBe('250000');
  });
});
