import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, signIn, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { readParticipantBalances } from '../ledger/ledger.balance';
import { verifyLedger } from '../ledger/ledger.verify';
import { SANDBOX_CARDS } from './sandbox.provider';
import { addCard, fund, REQUEST } from './withdrawals.test-kit';

describe('withdrawals on the real PostgreSQL under concurrency', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '20', RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('200 concurrent withdrawals against one balance: exactly what it covers is held, never below zero, and the verifier agrees', async () => {
    const participant = await signIn(api, world.participantA.email);
    const cardId = await addCard(participant, SANDBOX_CARDS.success);
    // Covers 37 withdrawals of 50,000 and a remainder that covers no other.
    await fund(api, world.participantA.participantId, 37n * 50_000n + 123n);
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        participant.request(REQUEST, { input: { cardId, amountMinor: '50000', idempotencyKey: randomUUID() } }),
      ),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(37);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'INSUFFICIENT_BALANCE')).toBe(true);
    const balances = await readParticipantBalances(api.db.orm.em.fork(), world.participantA.participantId);
    expect(balances).toEqual({ held: 0n, available: 123n, withdrawing: 37n * 50_000n, paidOut: 0n, debt: 0n });
    const report = await verifyLedger(api.db.orm.em.fork());
    expect(report).toMatchObject({ ok: true, negativeParticipantAccounts: [], balanceMismatches: [], unbalancedJournals: [] });
  }, 120_000); // 200 requests queue on one balance row: seconds on a quiet machine, more on a shared CI host
});
