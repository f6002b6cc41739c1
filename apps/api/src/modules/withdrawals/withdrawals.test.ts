import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { startTestApi, type TestApi } from '../../test/test-api';
import { AuditEvent } from '../audit/audit-event.entity';
import { readParticipantBalances } from '../ledger/ledger.balance';
import { verifyLedger } from '../ledger/ledger.verify';
import { Notification } from '../notifications/notification.entity';
import { SANDBOX_CARDS } from './sandbox.provider';
import { PayoutCard, Withdrawal } from './withdrawal.entities';
import { sweepLostPayouts } from './withdrawal-payout-sweep';
import { ADD_CARD, addCard, APPROVE, fund, REJECT, REQUEST, until, WITHDRAWAL_FIELDS } from './withdrawals.test-kit';

const MY = `{ myWithdrawals { total items { ${WITHDRAWAL_FIELDS} } } }`;

describe('withdrawals: cards, requests, the admin queue and payouts', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  let a: GraphQLTestClient;
  let b: GraphQLTestClient;
  let card: { ok: string; decline: string; timeout: string };
  const em = () => api.db.orm.em.fork();
  const balances = () => readParticipantBalances(em(), world.participantA.participantId);
  const request = (cardId: string, amountMinor = '60000', idempotencyKey: string = randomUUID(), client = a) =>
    client.request(REQUEST, { input: { cardId, amountMinor, idempotencyKey } });
  const status = async (id: string) => (await em().findOneOrFail(Withdrawal, id)).status;

  beforeAll(async () => {
    // Timeouts retry twice at once in the test, then fail.
    api = await startTestApi({ PAYOUT_MAX_ATTEMPTS: '3', PAYOUT_RETRY_DELAY_SECONDS: '0' });
    world = await createWorld(api.db.orm);
    [admin, a, b] = await Promise.all([
      signIn(api, world.admin.email),
      signIn(api, world.participantA.email),
      signIn(api, world.participantB.email),
    ]);
    card = {
      ok: await addCard(a, SANDBOX_CARDS.success),
      decline: await addCard(a, SANDBOX_CARDS.decline),
      timeout: await addCard(a, SANDBOX_CARDS.timeout),
    };
    await fund(api, world.participantA.participantId, 1_000_000n);
  });
  afterAll(() => api?.stop());

  it('keeps only the token, last four digits, brand and expiry of a card', async () => {
    const { myCards } = await a.ok(`{ myCards { id last4 brand expiryMonth } }`);
    expect(myCards.map((c: { last4: string; brand: string }) => [c.last4, c.brand])).toEqual([
      ['1111', 'VISA'],
      ['0002', 'VISA'],
      ['0119', 'VISA'],
    ]);
    const stored = await em().findOneOrFail(PayoutCard, card.ok);
    expect(stored.providerToken).toMatch(/^sbx_ok_/);
    expect(JSON.stringify(stored)).not.toContain(SANDBOX_CARDS.success);
    expect((await b.ok(`{ myCards { id } }`)).myCards).toEqual([]);
  });

  it('refuses a bad card with a typed error and stores nothing', async () => {
    const before = await em().count(PayoutCard);
    const year = new Date().getUTCFullYear();
    for (const input of [
      { cardNumber: '4111111111111112', expiryMonth: 12, expiryYear: year + 1 }, // Luhn
      { cardNumber: '4111-1111-1111-111x', expiryMonth: 12, expiryYear: year + 1 },
      { cardNumber: '41111', expiryMonth: 12, expiryYear: year + 1 },
      { cardNumber: '4111111111111111', expiryMonth: 13, expiryYear: year + 1 },
      { cardNumber: '4111111111111111', expiryMonth: 1, expiryYear: year - 1 },
      { cardNumber: '4111111111111111', expiryMonth: 1, expiryYear: year + 40 },
    ]) {
      expect([input, await a.code(ADD_CARD, { input })]).toEqual([input, 'BAD_USER_INPUT']);
    }
    expect(await em().count(PayoutCard)).toBe(before);
  });

  it('holds the amount at once; a double click (same key, even at the same time) makes one withdrawal', async () => {
    const before = await balances();
    const key = randomUUID();
    const [first, second] = await Promise.all([request(card.ok, '60000', key), request(card.ok, '60000', key)]);
    expect(first.data?.requestWithdrawal.id).toBeDefined();
    expect(second.data?.requestWithdrawal.id).toBe(first.data?.requestWithdrawal.id);
    expect(first.data?.requestWithdrawal).toMatchObject({ status: 'REQUESTED', amount: { amountMinor: '60000' }, card: { last4: '1111' } });
    const after = await balances();
    expect([before.available - after.available, after.withdrawing - before.withdrawing]).toEqual([60_000n, 60_000n]);
    expect(await em().count(AuditEvent, { action: 'withdrawal.requested', entityId: first.data?.requestWithdrawal.id })).toBe(1);
  });

  it('refuses less than the minimum, more than available, and a card that is not the caller’s — nothing held', async () => {
    const before = await balances();
    expect((await request(card.ok, '49999')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { amountMinor: expect.any(String) },
    });
    expect((await request(card.ok, String(before.available + 1n))).errors?.[0].extensions).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    expect(await (await request(card.ok, '60000', randomUUID(), b)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await request(randomUUID())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await request(card.ok, '1.5')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await request(card.ok, '60000', 'short')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await balances()).toEqual(before);
  });

  it('approve -> the job pays it: PAID, payout posted, participant notified', async () => {
    const before = await balances();
    const id = (await request(card.ok)).data!.requestWithdrawal.id;
    const { approveWithdrawals } = await admin.ok(APPROVE, { ids: [id] });
    expect(approveWithdrawals).toEqual([{ withdrawalId: id, ok: true, errorCode: null, withdrawal: { status: 'APPROVED' } }]);
    expect(
      await until(
        () => status(id),
        (s) => s === 'PAID',
      ),
    ).toBe('PAID');
    const after = await balances();
    expect([before.available - after.available, after.paidOut - before.paidOut, after.withdrawing - before.withdrawing]).toEqual([
      60_000n,
      60_000n,
      0n,
    ]);
    const paid = await em().findOneOrFail(Withdrawal, id);
    expect(paid.providerReference).toBe(`sbx_payout_${id}`);
    const templates = (await em().find(Notification, { recipient: world.participantA.userId })).map((n) => n.template);
    expect(templates).toEqual(expect.arrayContaining(['withdrawal.approved', 'withdrawal.paid']));
    // Deciding again is a per-item CONFLICT; an unknown id NOT_FOUND; the others still go through.
    const second = (await request(card.ok)).data!.requestWithdrawal.id;
    const { approveWithdrawals: mixed } = await admin.ok(APPROVE, { ids: [id, randomUUID(), 'nope', second] });
    expect(mixed.map((o: { ok: boolean; errorCode: string | null }) => [o.ok, o.errorCode])).toEqual([
      [false, 'CONFLICT'],
      [false, 'NOT_FOUND'],
      [false, 'NOT_FOUND'],
      [true, null],
    ]);
    await until(
      () => status(second),
      (s) => s === 'PAID',
    );
  });

  it('an approved withdrawal whose payout job was lost is paid by the sweep, once', async () => {
    const id = (await request(card.ok)).data!.requestWithdrawal.id;
    // As if the approval had committed and its job had then been lost with a crashed process.
    await em().getConnection().execute(`update withdrawal set status = 'APPROVED' where id = ?`, [id]);
    const policy = { provider: 'sandbox' as const, maxAttempts: 3, retryDelaySeconds: 0 };
    expect(await sweepLostPayouts(api.db.orm, api.services.jobs, policy)).toBe(1);
    expect(
      await until(
        () => status(id),
        (s) => s === 'PAID',
      ),
    ).toBe('PAID');
    expect(await sweepLostPayouts(api.db.orm, api.services.jobs, policy)).toBe(0);
    expect(await verifyLedger(em())).toMatchObject({ ok: true });
  });

  it('a declined payout FAILED with its reason, and the amount is available again', async () => {
    const before = await balances();
    const id = (await request(card.decline)).data!.requestWithdrawal.id;
    await admin.ok(APPROVE, { ids: [id] });
    expect(
      await until(
        () => status(id),
        (s) => s === 'FAILED',
      ),
    ).toBe('FAILED');
    expect(await balances()).toEqual(before);
    const { myWithdrawals } = await a.ok(MY);
    expect(myWithdrawals.items.find((w: { id: string }) => w.id === id)).toMatchObject({
      status: 'FAILED',
      failureReason: expect.stringMatching(/declined/),
    });
  });

  it('a payout that times out is retried with backoff, then FAILED and released', async () => {
    const before = await balances();
    const id = (await request(card.timeout)).data!.requestWithdrawal.id;
    await admin.ok(APPROVE, { ids: [id] });
    expect(
      await until(
        () => status(id),
        (s) => s === 'FAILED',
        30_000,
      ),
    ).toBe('FAILED');
    const failed = await em().findOneOrFail(Withdrawal, id);
    expect([failed.payoutAttempts, failed.failureReason]).toEqual([3, 'The payout provider did not answer']);
    expect(await balances()).toEqual(before);
  });

  it('reject releases the hold, with the reason shown to the participant; bad input changes nothing', async () => {
    const before = await balances();
    const id = (await request(card.ok)).data!.requestWithdrawal.id;
    expect(await admin.code(REJECT, { ids: [id], reason: ' ' })).toBe('BAD_USER_INPUT');
    expect(await admin.code(REJECT, { ids: Array.from({ length: 501 }, () => id), reason: 'Too many' })).toBe('BAD_USER_INPUT');
    expect(await status(id)).toBe('REQUESTED');
    const { rejectWithdrawals } = await admin.ok(REJECT, { ids: [id], reason: 'Card in another name' });
    expect(rejectWithdrawals[0]).toMatchObject({ ok: true, withdrawal: { status: 'REJECTED', rejectionReason: 'Card in another name' } });
    expect(await balances()).toEqual(before);
    expect(await em().count(Notification, { template: 'withdrawal.rejected' })).toBe(1);
  });

  it('the admin queue: oldest first, filtered by status, participant and date', async () => {
    const Q = `query Q($filter: WithdrawalFilter) { withdrawals(filter: $filter, page: { limit: 100 }) { total items { id status createdAt participantId } } }`;
    const all = (await admin.ok(Q)).withdrawals;
    const times = all.items.map((w: { createdAt: string }) => w.createdAt);
    expect(times).toEqual([...times].sort());
    const paid = (await admin.ok(Q, { filter: { statuses: ['PAID'] } })).withdrawals;
    // The earlier tests paid three: approve (two) and the sweep (one).
    expect(paid.total).toBe(3);
    expect(paid.items.every((w: { status: string }) => w.status === 'PAID')).toBe(true);
    expect((await admin.ok(Q, { filter: { participantId: world.participantB.participantId } })).withdrawals.total).toBe(0);
    expect((await admin.ok(Q, { filter: { from: new Date(Date.now() + 60_000).toISOString() } })).withdrawals.total).toBe(0);
    expect(await admin.code(Q, { filter: { from: '1999-01-01T00:00:00Z' } })).toBe('BAD_USER_INPUT');
  });

  it('removing a card keeps its withdrawals but refuses new ones; the ledger verifies', async () => {
    expect(await b.code(`mutation R($id: ID!) { removeCard(id: $id) }`, { id: card.ok })).toBe('NOT_FOUND');
    expect((await a.ok(`mutation R($id: ID!) { removeCard(id: $id) }`, { id: card.ok })).removeCard).toBe(true);
    expect((await request(card.ok)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await a.ok(MY)).myWithdrawals.items.some((w: { card: { id: string } }) => w.card.id === card.ok)).toBe(true);
    expect((await verifyLedger(em())).ok).toBe(true);
  });
});
