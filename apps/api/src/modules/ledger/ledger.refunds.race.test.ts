import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsufficientBalanceError } from '../../shared/errors';
import { transactionalWithRetry } from '../../shared/transaction';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { readParticipantBalances } from './ledger.balance';
import { accrueSaleReward, releaseSaleReward } from './ledger.postings';
import { reverseForRefund } from './ledger.refunds';
import { holdWithdrawal, sumOfAllBalances } from './ledger.refunds.test-kit';
import { verifyLedger } from './ledger.verify';

const PAIRS = 30;

describe('a refund racing a withdrawal on real PostgreSQL', () => {
  let api: TestApi;
  let world: World;
  const em = () => api.db.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false', DATABASE_POOL_MAX: '20' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it(`${PAIRS} parallel pairs never take a balance below zero; what is not available becomes debt; the verifier passes`, async () => {
    const participantId = world.participantA.participantId;
    const saleIds = Array.from({ length: PAIRS }, () => randomUUID());
    for (const saleId of saleIds) {
      await accrueSaleReward(em(), { saleId, participantId, brandId: world.brandA.brandId, amountMinor: 1_000n, releaseAt: new Date() });
      await releaseSaleReward(em(), saleId);
    }
    expect((await readParticipantBalances(em(), participantId)).available).toBe(1_000n * BigInt(PAIRS));
    const outcomes = await Promise.all(
      saleIds.flatMap((saleId) => [
        transactionalWithRetry(em(), (tx) => reverseForRefund(tx, { saleId, refundId: 'race', amountMinor: 1_000n })),
        holdWithdrawal(em(), participantId, 1_500n).then(
          () => 'withdrawn' as const,
          (error: unknown) => {
            if (error instanceof InsufficientBalanceError) return 'refused' as const;
            throw error;
          },
        ),
      ]),
    );
    const withdrawn = outcomes.filter((o) => o === 'withdrawn').length;
    const b = await readParticipantBalances(em(), participantId);
    expect(b.available).toBeGreaterThanOrEqual(0n);
    expect(b.debt).toBeLessThanOrEqual(0n);
    // Conservation: everything accrued minus everything reversed is where it now is.
    expect(b.available + b.withdrawing + b.debt + b.held).toBe(0n);
    expect(b.withdrawing).toBe(1_500n * BigInt(withdrawn));
    expect(withdrawn).toBeGreaterThan(0);
    expect(await sumOfAllBalances(em())).toBe(0n);
    expect((await verifyLedger(em())).ok).toBe(true);
  });
});
