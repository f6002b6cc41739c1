import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsufficientBalanceError } from '../../shared/errors';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { reversedTotalFor } from '../conversions/refund.service';
import { JournalKind, JournalSourceType, platformAdjustments } from './ledger-accounts';
import { readParticipantBalances } from './ledger.balance';
import { accrueClickReward } from './ledger.clicks';
import { settleFirstCredit } from './ledger.debt';
import { postJournal } from './ledger.post';
import { accrueSaleReward, releaseSaleReward } from './ledger.postings';
import { reverseForRefund } from './ledger.refunds';
import { holdWithdrawal, sumOfAllBalances } from './ledger.refunds.test-kit';
import { verifyLedger } from './ledger.verify';

type Step =
  | { op: 'accrue'; reward: number; amount: number }
  | { op: 'release'; pick: number }
  | { op: 'withdraw'; amount: number }
  | { op: 'refund'; pick: number; part: number }
  | { op: 'credit'; amount: number; clicks: boolean };

const STEP: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('accrue' as const),
    reward: fc.integer({ min: 0, max: 20_000 }),
    amount: fc.integer({ min: 1, max: 100_000 }),
  }),
  fc.record({ op: fc.constant('release' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('withdraw' as const), amount: fc.integer({ min: 1, max: 30_000 }) }),
  // part 0 = all that is left; otherwise that many minor units (capped at what is left).
  fc.record({ op: fc.constant('refund' as const), pick: fc.nat(), part: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })) }),
  fc.record({ op: fc.constant('credit' as const), amount: fc.integer({ min: 1, max: 10_000 }), clicks: fc.boolean() }),
);

interface Sale {
  id: string;
  reward: bigint;
  amount: bigint;
  refunded: bigint;
  reversed: bigint;
  released: boolean;
}

describe('refund properties (fast-check): random accrue / release / withdraw / refund / partial refund / credits', () => {
  let api: TestApi;
  let world: World;
  const em = () => api.db.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('keeps available >= 0, debt <= 0, held >= 0, the books balanced, reversed <= reward and a full refund = the reward', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(STEP, { minLength: 5, maxLength: 25 }), async (steps) => {
        // One participant across runs: the checks are relative to where each run starts.
        const participantId = world.participantA.participantId;
        const brandId = world.brandA.brandId;
        const start = await readParticipantBalances(em(), participantId);
        const sales: Sale[] = [];
        let credited = 0n;
        let day = 0;
        for (const step of steps) {
          if (step.op === 'accrue') {
            const sale: Sale = {
              id: randomUUID(),
              reward: BigInt(step.reward),
              amount: BigInt(step.amount),
              refunded: 0n,
              reversed: 0n,
              released: false,
            };
            await accrueSaleReward(em(), { saleId: sale.id, participantId, brandId, amountMinor: sale.reward, releaseAt: new Date() });
            sales.push(sale);
          } else if (step.op === 'release' && sales.length) {
            const sale = sales[step.pick % sales.length]!;
            await releaseSaleReward(em(), sale.id);
            sale.released = true;
          } else if (step.op === 'withdraw') {
            await holdWithdrawal(em(), participantId, BigInt(step.amount)).catch((error: unknown) => {
              if (!(error instanceof InsufficientBalanceError)) throw error;
            });
          } else if (step.op === 'refund' && sales.length) {
            const sale = sales[step.pick % sales.length]!;
            const left = sale.amount - sale.refunded;
            if (left === 0n) continue;
            const part = step.part === 0 || BigInt(step.part) > left ? left : BigInt(step.part);
            const total = reversedTotalFor(sale.reward, sale.amount, sale.refunded + part);
            await em().transactional((tx) =>
              reverseForRefund(tx as EntityManager, { saleId: sale.id, refundId: randomUUID(), amountMinor: total - sale.reversed }),
            );
            sale.refunded += part;
            sale.reversed = total;
          } else if (step.op === 'credit') {
            const amount = BigInt(step.amount);
            if (step.clicks) {
              await accrueClickReward(em(), {
                memberId: randomUUID(),
                participantId,
                brandId,
                day: `2026-01-${String((day++ % 28) + 1).padStart(2, '0')}`,
                amountMinor: amount,
              });
            } else {
              await em().transactional(async (tx) => {
                const id = randomUUID();
                await postJournal(tx as EntityManager, {
                  kind: JournalKind.ADJUSTMENT,
                  source: { type: JournalSourceType.ADJUSTMENT, id },
                  idempotencyKey: `adjustment:${id}`,
                  entries: [
                    ...(await settleFirstCredit(tx as EntityManager, participantId, amount)),
                    { account: platformAdjustments, amount: -amount },
                  ],
                });
              });
            }
            credited += amount;
          }
          const b = await readParticipantBalances(em(), participantId);
          expect(b.available).toBeGreaterThanOrEqual(0n);
          expect(b.debt).toBeLessThanOrEqual(0n);
          expect(b.held).toBeGreaterThanOrEqual(0n);
        }
        for (const sale of sales) {
          expect(sale.reversed).toBeLessThanOrEqual(sale.reward);
          if (sale.refunded === sale.amount) expect(sale.reversed).toBe(sale.reward);
        }
        // Conservation: what the participant holds anywhere (debt counted negative) is what was earned and kept.
        const b = await readParticipantBalances(em(), participantId);
        const kept = sales.reduce((sum, s) => sum + s.reward - s.reversed, 0n) + credited;
        const before = start.available + start.held + start.withdrawing + start.paidOut + start.debt;
        expect(b.available + b.held + b.withdrawing + b.paidOut + b.debt - before).toBe(kept);
        expect(await sumOfAllBalances(em())).toBe(0n);
        expect((await verifyLedger(em())).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
