import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { startTestApi, type TestApi } from '../../test/test-api';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from '../ledger/ledger-accounts';
import { readParticipantBalances } from '../ledger/ledger.balance';
import { postJournal } from '../ledger/ledger.post';
import { releaseSaleReward } from '../ledger/ledger.postings';
import { verifyLedger } from '../ledger/ledger.verify';
import { reversedTotalFor } from './refund.service';
import {
  conversion,
  CONVERSIONS_PATH,
  postbackWorld,
  postSigned,
  REFUNDS_PATH,
  RESULT,
  seedCode,
  type PostbackWorld,
} from './conversions.test-kit';

const REFUND = `mutation F($input: RefundConversionInput!) { refundConversion(input: $input) { ${RESULT} } }`;
const LATER = () => new Date(Date.now() + 30 * 86_400_000);

/** What a withdrawal request does to the books: AVAILABLE -> WITHDRAWING. */
async function withdraw(em: EntityManager, participantId: string, amount: bigint) {
  const id = randomUUID();
  await postJournal(em, {
    kind: JournalKind.WITHDRAWAL_HOLD,
    source: { type: JournalSourceType.WITHDRAWAL, id },
    idempotencyKey: `withdrawal:${id}:hold`,
    entries: [
      { account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId), amount: -amount },
      { account: participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, participantId), amount },
    ],
  });
}

describe('refunds: cumulative exactness, clawback from HELD, AVAILABLE and into DEBT, settle-first', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let code: string;
  let participantA: GraphQLTestClient;
  const em = () => api.db.orm.em.fork();
  const balances = () => readParticipantBalances(em(), w.world.participantA.participantId);
  /** 2 units at 500.00: amount 100,000, reward 2 x 10,000 = 20,000 (PER_UNIT 100.00). */
  const order = async (units = 2) => {
    const res = await postSigned(
      api,
      CONVERSIONS_PATH,
      w.keyA.credential,
      conversion(w, {
        promoCode: code,
        amountMinor: units * 50_000,
        lines: [{ sku: w.world.productA.sku, quantity: units, unitPriceMinor: 50_000 }],
      }),
    );
    expect(res.status).toBe(201);
    return res.body.conversion as { saleId: string; orderId: string };
  };

  beforeAll(async () => {
    api = await startTestApi();
    w = await postbackWorld(api);
    code = await seedCode(api.db.orm, w.memberA);
    await em().execute(`update promotion set holding_days = 14 where id = ?`, [w.promotionId]);
    participantA = await signIn(api, w.world.participantA.email);
  });
  afterAll(() => api?.stop());

  it('reversedTotal is exact whatever the steps, and a full refund reverses exactly the reward', () => {
    expect(reversedTotalFor(20_000n, 100_000n, 30_000n)).toBe(6_000n);
    expect(reversedTotalFor(20_000n, 100_000n, 100_000n)).toBe(20_000n);
    expect(reversedTotalFor(7n, 3n, 1n)).toBe(3n); // 7 - floor(7*2/3) = 7 - 4
    let reversed = 0n;
    for (let refunded = 1n; refunded <= 3n; refunded++) reversed = reversedTotalFor(7n, 3n, refunded);
    expect(reversed).toBe(7n);
  });

  it('a refund after withdrawal creates a debt, and the next release settles it first (exact numbers)', async () => {
    const before = await balances();
    const first = await order(2);
    // 1. Partial refund before the release: out of HELD, the lot shrinks.
    const partial = await w.brandA.ok(REFUND, { input: { saleId: first.saleId, refundId: 'R1', amountMinor: '30000' } });
    expect(partial.refundConversion).toMatchObject({
      status: 'APPROVED',
      refunded: { amountMinor: '30000' },
      commissionReversed: { amountMinor: '6000' },
    });
    expect((await balances()).held - before.held).toBe(14_000n);
    // 2. Release, 3. withdraw all of it.
    expect(await releaseSaleReward(em(), first.saleId, LATER())).toBe(true);
    expect((await balances()).available - before.available).toBe(14_000n);
    await withdraw(em(), w.world.participantA.participantId, (await balances()).available);
    // 4. Refund the rest over REST: 14,000 more reversed, nothing available, so all of it becomes debt.
    const rest = await postSigned(api, REFUNDS_PATH, w.keyA.credential, { orderId: first.orderId, refundId: 'R2' });
    expect(rest.status).toBe(201);
    expect(rest.body.conversion).toMatchObject({
      status: 'REVERSED',
      refunded: { amountMinor: '100000' },
      commissionReversed: { amountMinor: '20000' },
    });
    let b = await balances();
    expect([b.available, b.debt]).toEqual([0n, -14_000n]);
    const { myBalance } = await participantA.ok(`{ myBalance { debt { amountMinor } debtReason available { amountMinor } } }`);
    expect(myBalance.debt.amountMinor).toBe('14000');
    expect(myBalance.debtReason).toContain(first.orderId);
    // 5. A new order of 3 units (reward 30,000) is released: 14,000 settles the debt, 16,000 becomes available.
    const second = await order(3);
    await releaseSaleReward(em(), second.saleId, LATER());
    b = await balances();
    expect([b.available, b.debt]).toEqual([16_000n, 0n]);
    expect((await participantA.ok(`{ myBalance { debt { amountMinor } debtReason } }`)).myBalance).toEqual({
      debt: { amountMinor: '0' },
      debtReason: null,
    });
    expect((await verifyLedger(em())).ok).toBe(true);
  });

  it('a repeated refund id answers the first result; more than is left is refused; nothing is left after a full refund', async () => {
    const sale = await order(1);
    const once = await postSigned(api, REFUNDS_PATH, w.keyA.credential, { orderId: sale.orderId, refundId: 'X', amountMinor: 10_000 });
    // Re-signed (an identical signed request would be a replay).
    const again = await postSigned(
      api,
      REFUNDS_PATH,
      w.keyA.credential,
      { orderId: sale.orderId, refundId: 'X', amountMinor: 10_000 },
      { timestamp: Math.floor(Date.now() / 1000) - 2 },
    );
    expect([once.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(once.body);
    const over = await postSigned(api, REFUNDS_PATH, w.keyA.credential, { orderId: sale.orderId, refundId: 'Y', amountMinor: 40_001 });
    expect([over.status, over.body.error.code]).toEqual([422, 'OVER_REFUND']);
    expect((await postSigned(api, REFUNDS_PATH, w.keyA.credential, { orderId: sale.orderId, refundId: 'Z' })).body.conversion.status).toBe(
      'REVERSED',
    );
    const more = await postSigned(api, REFUNDS_PATH, w.keyA.credential, { orderId: sale.orderId, refundId: 'W', amountMinor: 1 });
    expect([more.status, more.body.error.code]).toEqual([422, 'ALREADY_REFUNDED']);
    const [row] = await em().execute(`select reward_reversed_minor, reward_minor from sale where id = ?`, [sale.saleId]);
    expect(row.reward_reversed_minor).toBe(row.reward_minor);
    const [lot] = await em().execute(`select reversed_at from ledger_held_lot where sale_id = ?`, [sale.saleId]);
    expect(lot.reversed_at).not.toBeNull();
  });

  it("brand B cannot refund brand A's sale (NOT_FOUND, REST and GraphQL)", async () => {
    const sale = await order(1);
    const rest = await postSigned(api, REFUNDS_PATH, w.keyB.credential, { orderId: sale.orderId, refundId: 'B' });
    expect([rest.status, rest.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await w.brandB.code(REFUND, { input: { saleId: sale.saleId, refundId: 'B' } })).toBe('NOT_FOUND');
  });
});
