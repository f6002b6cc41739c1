import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { verifyLedger } from '../ledger/ledger.verify';
import { APPROVE_SALES, claimablePromotion, saleInput, salesWorld, SUBMIT_SALE, type SalesWorld } from './sales.test-kit';

/**
 * A page of decisions runs in one transaction with one statement per step (approveSales), and falls
 * back to one transaction per sale when anything in the page fails.
 */
describe('deciding a page of sales', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let productId: string;

  beforeAll(async () => {
    // No background jobs: the test counts the jobs the page enqueued.
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    promotionId = (await claimablePromotion(api.db.orm, w)).id;
    productId = w.world.productA.productId;
  });
  afterAll(() => api?.stop());

  const submit = async () => (await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, productId) })).submitSale.id as string;
  const jobsFor = async (queue: string, key: string, ids: string[]) => {
    const rows = await api.db.orm.em
      .fork()

      .execute<{ id: string }[]>(`select data->>'${key}' as id from pgboss.job where name = ? and data->>'${key}' in (?)`, [queue, ids]);
    return rows.map((r: { id: string }) => r.id).sort();
  };

  it('posts every sale of the page once, with its held lot, release job, notification and delivery job', async () => {
    const ids = [await submit(), await submit(), await submit(), await submit()];
    const { approveSales } = await w.admin.ok(APPROVE_SALES, { ids });
    expect(approveSales.map((r: { outcome: string }) => r.outcome)).toEqual(['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED']);
    const em = api.db.orm.em.fork();
    const journals = await em.execute<{ source_id: string }[]>(
      `select source_id from ledger_journal where kind = 'ACCRUAL' and source_id in (?)`,
      [ids],
    );
    expect(journals.map((j: { source_id: string }) => j.source_id).sort()).toEqual([...ids].sort());
    expect(await jobsFor('ledger.release', 'saleId', ids)).toEqual([...ids].sort());
    const notes = await em.execute<{ id: string }[]>(
      `select id from notification where template = 'sale.approved' and payload->>'saleId' in (?)`,
      [ids],
    );
    expect(notes).toHaveLength(4);
    expect(
      await jobsFor(
        'notification.deliver',
        'notificationId',
        notes.map((n: { id: string }) => n.id),
      ),
    ).toHaveLength(4);
    expect((await verifyLedger(em)).ok).toBe(true);
  });

  it('when the ledger refuses one sale of a page, approves the others and leaves that one pending as FAILED', async () => {
    const ids = [await submit(), await submit(), await submit()];
    const refused = ids[1]!;
    const em = api.db.orm.em.fork();
    // A stand-in for any refusal in the middle of a page: the database rejects this sale's held lot.
    await em.execute(`create function test_refuse_lot() returns trigger language plpgsql as $$
      begin if new.sale_id = '${refused}' then raise exception 'refused for the test'; end if; return new; end $$`);
    await em.execute(`create trigger test_refuse_lot before insert on ledger_held_lot for each row execute function test_refuse_lot()`);
    try {
      const { approveSales } = await w.admin.ok(APPROVE_SALES, { ids });
      expect(approveSales.map((r: { outcome: string }) => r.outcome)).toEqual(['APPROVED', 'FAILED', 'APPROVED']);
      expect(approveSales[1].sale.status).toBe('PENDING');
    } finally {
      await em.execute(`drop trigger test_refuse_lot on ledger_held_lot; drop function test_refuse_lot()`);
    }
    const lots = await em.execute<{ sale_id: string }[]>(`select sale_id from ledger_held_lot where sale_id in (?)`, [ids]);
    expect(lots.map((l: { sale_id: string }) => l.sale_id).sort()).toEqual([ids[0], ids[2]].sort());
    // The refused sale can be approved once the refusal is gone.
    const again = await w.admin.ok(APPROVE_SALES, { ids: [refused] });
    expect(again.approveSales[0].outcome).toBe('APPROVED');
    expect((await verifyLedger(em)).ok).toBe(true);
  });
});
