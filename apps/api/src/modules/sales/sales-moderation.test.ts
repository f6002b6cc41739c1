import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { Sale } from './sale.entity';
import { RiskFlagKind, SaleStatus } from './sale.enums';
import {
  APPROVE_SALES,
  claimablePromotion,
  GET_SALE,
  REJECT_SALES,
  saleInput,
  salesWorld,
  SUBMIT_SALE,
  type SalesWorld,
} from './sales.test-kit';

const QUEUE = `query Q($filter: SaleFilter) { salesQueue(filter: $filter, page: { limit: 100 }) { total items { id status riskFlags { kind } } } }`;

describe('moderating sales', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let productId: string;

  beforeAll(async () => {
    api = await startTestApi();
    w = await salesWorld(api);
    promotionId = (await claimablePromotion(api.db.orm, w)).id;
    productId = w.world.productA.productId;
  });
  afterAll(() => api?.stop());

  const submit = async () => (await w.participantA.ok(SUBMIT_SALE, { input: saleInput(promotionId, productId) })).submitSale.id as string;

  it('approves pending sales with an outcome per sale, notifies the participant and audits the decision', async () => {
    const [a, b] = [await submit(), await submit()];
    const missing = '00000000-0000-4000-8000-000000000000';
    const { approveSales } = await w.admin.ok(APPROVE_SALES, { ids: [a, b, missing, 'nonsense'] });
    expect(approveSales.map((r: any) => r.outcome)).toEqual(['APPROVED', 'APPROVED', 'NOT_FOUND', 'NOT_FOUND']);
    expect(approveSales[0].sale).toEqual({ id: a, status: 'APPROVED' });
    const again = await w.admin.ok(APPROVE_SALES, { ids: [a] });
    expect(again.approveSales[0].outcome).toBe('ALREADY_DECIDED');

    const em = api.db.orm.em.fork();
    const notes = await em.find(Notification, { template: 'sale.approved', recipient: w.world.participantA.userId });
    expect(notes.map((n) => n.payload.saleId)).toEqual(expect.arrayContaining([a, b]));
    const audit = await em.find(AuditEvent, { action: 'sale.approved', entityId: a });
    expect(audit).toHaveLength(1);
    const sale = await em.findOneOrFail(Sale, a);
    expect(sale.decidedBy?.id).toBe(w.world.admin.userId);
    // The reward went to the ledger in the same transaction, held for the promotion's 14 days.
    const [lot] = await em.execute(`select amount::text as amount, release_at from ledger_held_lot where sale_id = ?`, [a]);
    expect(lot.amount).toBe('100000');
    expect(Math.abs(new Date(lot.release_at).getTime() - (Date.now() + 14 * 86_400_000))).toBeLessThan(60_000);
    const [journal] = await em.execute(`select kind from ledger_journal where idempotency_key = ?`, [`sale:${a}:accrual`]);
    expect(journal.kind).toBe('ACCRUAL');
  });

  it('rejects with a reason the participant reads, and a rejected sale cannot be approved', async () => {
    const id = await submit();
    const { rejectSales } = await w.admin.ok(REJECT_SALES, { ids: [id], code: 'UNREADABLE_RECEIPT', text: 'The photo is blurred' });
    expect(rejectSales[0]).toMatchObject({ outcome: 'REJECTED', sale: { status: 'REJECTED', decisionCode: 'UNREADABLE_RECEIPT' } });
    const { sale } = await w.participantA.ok(GET_SALE, { id });
    expect(sale).toMatchObject({
      status: 'REJECTED',
      decisionCode: 'UNREADABLE_RECEIPT',
      decisionText: 'The photo is blurred',
      riskFlags: null,
    });
    const { approveSales } = await w.admin.ok(APPROVE_SALES, { ids: [id] });
    expect(approveSales[0].outcome).toBe('ALREADY_DECIDED');
    expect(await api.db.orm.em.fork().count(Notification, { template: 'sale.rejected' })).toBe(1);
  });

  it('refuses a bulk decision that is empty, too large or carries bad text', async () => {
    expect(await w.admin.code(APPROVE_SALES, { ids: [] })).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000');
    expect(await w.admin.code(APPROVE_SALES, { ids: many })).toBe('BAD_USER_INPUT');
    const id = await submit();
    expect(await w.admin.code(REJECT_SALES, { ids: [id], code: 'OTHER', text: 'x'.repeat(1001) })).toBe('BAD_USER_INPUT');
    expect(await w.admin.code(REJECT_SALES, { ids: [id], code: 'OTHER', text: 'bad\u0007' })).toBe('BAD_USER_INPUT');
    expect((await api.db.orm.em.fork().findOneOrFail(Sale, id)).status).toBe('PENDING');
  });

  it('orders the queue flagged first, then oldest, and filters it', async () => {
    const em = api.db.orm.em.fork();
    await em.nativeUpdate(Sale, { status: SaleStatus.PENDING }, { status: SaleStatus.REJECTED });
    const [oldest, middle, newest] = [await submit(), await submit(), await submit()];
    await em.nativeUpdate(Sale, { id: newest }, { flagCount: 1, riskFlags: [{ kind: RiskFlagKind.HIGH_FREQUENCY, reason: 'test' }] });
    const { salesQueue } = await w.admin.ok(QUEUE, {});
    expect(salesQueue.items.map((s: any) => s.id)).toEqual([newest, oldest, middle]);
    expect(salesQueue.items[0].riskFlags).toEqual([{ kind: 'HIGH_FREQUENCY' }]);
    const flagged = await w.admin.ok(QUEUE, { filter: { flagged: true } });
    expect(flagged.salesQueue.items.map((s: any) => s.id)).toEqual([newest]);
    const other = await w.admin.ok(QUEUE, { filter: { brandId: w.world.brandB.brandId } });
    expect(other.salesQueue.total).toBe(0);
    const byPartner = await w.admin.ok(QUEUE, {
      filter: { partnerId: w.world.partnerA.partnerId, participantId: w.world.participantA.participantId },
    });
    expect(byPartner.salesQueue.total).toBe(3);
  });

  it("shows the moderator the participant's recent sales and approval rate", async () => {
    for (let i = 0; i < 4; i++) await submit(); // 11 other sales by now: the drawer shows 10
    const id = await submit();
    const { sale } = await w.admin.ok(
      `query G($id: ID!) { sale(id: $id) { id participantHistory { decidedCount approvedCount approvalRateBp recentSales { id status } } } }`,
      { id },
    );
    const h = sale.participantHistory;
    expect(h.recentSales.length).toBe(10);
    expect(h.recentSales.some((s: any) => s.id === id)).toBe(false);
    expect(h.approvalRateBp).toBe(Math.floor((h.approvedCount * 10_000) / h.decidedCount));
    const own = await w.participantA.ok(`query G($id: ID!) { sale(id: $id) { participantHistory { decidedCount } } }`, { id });
    expect(own.sale.participantHistory).toBeNull();
  });
});
