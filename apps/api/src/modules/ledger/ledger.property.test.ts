import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { startTestApi, type TestApi } from '../../test/test-api';
import { SANDBOX_CARDS } from '../withdrawals/sandbox.provider';
import { runPayout } from '../withdrawals/withdrawal-payout';
import { addCard, APPROVE, REJECT, REQUEST } from '../withdrawals/withdrawals.test-kit';
import { readParticipantBalances, type ParticipantBalances } from './ledger.balance';
import { accrueSaleReward, releaseSaleReward, reverseSaleReward } from './ledger.postings';
import { verifyLedger } from './ledger.verify';

type Outcome = 'success' | 'decline' | 'timeout';
type Step =
  | { op: 'accrue'; who: number; amount: number; dueNow: boolean }
  | { op: 'release'; pick: number }
  | { op: 'reverse'; pick: number }
  | { op: 'withdraw'; who: number; amount: number; outcome: Outcome }
  | { op: 'approve'; pick: number }
  | { op: 'reject'; pick: number }
  | { op: 'adjust'; who: number; amount: number; credit: boolean };

const who = fc.integer({ min: 0, max: 1 });
const amount = fc.integer({ min: 1, max: 50_000 });
const pick = fc.nat();
const STEP: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('accrue' as const), who, amount, dueNow: fc.boolean() }),
  fc.record({ op: fc.constant('release' as const), pick }),
  fc.record({ op: fc.constant('reverse' as const), pick }),
  fc.record({ op: fc.constant('withdraw' as const), who, amount, outcome: fc.constantFrom<Outcome>('success', 'decline', 'timeout') }),
  fc.record({ op: fc.constant('approve' as const), pick }),
  fc.record({ op: fc.constant('reject' as const), pick }),
  fc.record({ op: fc.constant('adjust' as const), who, amount, credit: fc.boolean() }),
);

interface Lot {
  saleId: string;
  who: number;
  amount: bigint;
  dueNow: boolean;
  released: boolean;
  reversed: boolean;
}
interface Pending {
  id: string;
  who: number;
  amount: bigint;
  outcome: Outcome;
}

describe('ledger properties (fast-check): random accruals, releases, reversals, withdrawals, payouts, rejections, adjustments', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  const clients: GraphQLTestClient[] = [];
  const cards: Record<Outcome, string>[] = [];
  const ids = () => [world.participantA.participantId, world.participantB.participantId];
  const em = () => api.db.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    // Jobs are run by the test itself, step by step; a timeout is retried once, then fails.
    api = await startTestApi({
      RUN_JOBS_IN_API: 'false',
      MIN_WITHDRAWAL_MINOR: '1',
      PAYOUT_MAX_ATTEMPTS: '2',
      PAYOUT_RETRY_DELAY_SECONDS: '0',
    });
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
    for (const email of [world.participantA.email, world.participantB.email]) {
      const client = await signIn(api, email);
      clients.push(client);
      cards.push({
        success: await addCard(client, SANDBOX_CARDS.success),
        decline: await addCard(client, SANDBOX_CARDS.decline),
        timeout: await addCard(client, SANDBOX_CARDS.timeout),
      });
    }
  });
  afterAll(() => api?.stop());

  it('keeps every journal balanced, every balance equal to its entries, no participant below zero, and the balances the model expects', async () => {
    let stepsRun = 0;
    let stepsGenerated = 0;
    const deps = () => ({ orm: api.db.orm, jobs: api.services.jobs, log: api.services.logger, config: api.services.config });
    await fc.assert(
      fc.asyncProperty(fc.array(STEP, { minLength: 5, maxLength: 30, size: 'max' }), async (steps) => {
        stepsGenerated += steps.length;
        const start = await Promise.all(ids().map((id) => readParticipantBalances(em(), id)));
        const model: ParticipantBalances[] = start.map((b) => ({ ...b }));
        const lots: Lot[] = [];
        const requested: Pending[] = [];
        const take = <T>(list: T[], n: number): T | undefined => (list.length ? list.splice(n % list.length, 1)[0] : undefined);

        for (const step of steps) {
          if (step.op === 'accrue') {
            const lot = {
              saleId: randomUUID(),
              who: step.who,
              amount: BigInt(step.amount),
              dueNow: step.dueNow,
              released: false,
              reversed: false,
            };
            const releaseAt = new Date(Date.now() + (step.dueNow ? -1000 : 86_400_000));
            await em().transactional((tx) =>
              accrueSaleReward(tx as EntityManager, {
                saleId: lot.saleId,
                participantId: ids()[lot.who],
                brandId: world.brandA.brandId,
                amountMinor: lot.amount,
                releaseAt,
              }),
            );
            lots.push(lot);
            model[lot.who].held += lot.amount;
          } else if (step.op === 'release') {
            const lot = lots.length ? lots[step.pick % lots.length] : undefined;
            if (!lot) continue;
            const released = await releaseSaleReward(em(), lot.saleId);
            const expected = lot.dueNow && !lot.released && !lot.reversed;
            expect(released).toBe(expected);
            if (expected) {
              lot.released = true;
              model[lot.who].held -= lot.amount;
              model[lot.who].available += lot.amount;
            }
          } else if (step.op === 'reverse') {
            const lot = lots.length ? lots[step.pick % lots.length] : undefined;
            if (!lot) continue;
            const covered = !lot.released || model[lot.who].available >= lot.amount;
            const result = await reverseSaleReward(em(), { saleId: lot.saleId, reason: 'Refund' }).catch((e: { code?: string }) => e.code);
            if (lot.reversed) expect(result).toBe(false);
            else if (!covered) expect(result).toBe('INSUFFICIENT_BALANCE');
            else {
              expect(result).toBe(true);
              lot.reversed = true;
              model[lot.who][lot.released ? 'available' : 'held'] -= lot.amount;
            }
          } else if (step.op === 'withdraw') {
            const res = await clients[step.who].request(REQUEST, {
              input: { cardId: cards[step.who][step.outcome], amountMinor: String(step.amount), idempotencyKey: randomUUID() },
            });
            const a = BigInt(step.amount);
            if (a <= model[step.who].available) {
              expect(res.errors).toBeUndefined();
              requested.push({ id: res.data!.requestWithdrawal.id, who: step.who, amount: a, outcome: step.outcome });
              model[step.who].available -= a;
              model[step.who].withdrawing += a;
            } else expect(res.errors?.[0].extensions?.code).toBe('INSUFFICIENT_BALANCE');
          } else if (step.op === 'approve') {
            const w = take(requested, step.pick);
            if (!w) continue;
            expect((await admin.ok(APPROVE, { ids: [w.id] })).approveWithdrawals[0].ok).toBe(true);
            const data = { withdrawalId: w.id, maxAttempts: 2, retryDelaySeconds: 0 };
            await runPayout(deps(), { ...data, attempt: 1 }, 'property');
            if (w.outcome === 'timeout') await runPayout(deps(), { ...data, attempt: 2 }, 'property');
            await runPayout(deps(), { ...data, attempt: 2 }, 'property'); // a repeated job changes nothing
            model[w.who].withdrawing -= w.amount;
            model[w.who][w.outcome === 'success' ? 'paidOut' : 'available'] += w.amount;
          } else if (step.op === 'reject') {
            const w = take(requested, step.pick);
            if (!w) continue;
            expect((await admin.ok(REJECT, { ids: [w.id], reason: 'Property says no' })).rejectWithdrawals[0].ok).toBe(true);
            model[w.who].withdrawing -= w.amount;
            model[w.who].available += w.amount;
          } else {
            const direction = step.credit ? 'CREDIT' : 'DEBIT';
            const res = await admin.request(`mutation A($input: AdjustBalanceInput!) { adjustBalance(input: $input) { participantId } }`, {
              input: { participantId: ids()[step.who], direction, amountMinor: String(step.amount), reason: 'Property adjustment' },
            });
            const a = BigInt(step.amount);
            if (step.credit || a <= model[step.who].available) {
              expect(res.errors).toBeUndefined();
              model[step.who].available += step.credit ? a : -a;
            } else expect(res.errors?.[0].extensions?.code).toBe('INSUFFICIENT_BALANCE');
          }
          stepsRun += 1;
          const report = await verifyLedger(em());
          expect(report).toMatchObject({ ok: true, unbalancedJournals: [], balanceMismatches: [], negativeParticipantAccounts: [] });
          expect(await Promise.all(ids().map((id) => readParticipantBalances(em(), id)))).toEqual(model);
        }
        // Leave no REQUESTED withdrawal behind for the next run's model.
        for (const w of requested) await admin.ok(REJECT, { ids: [w.id], reason: 'End of run' });
      }),
      { numRuns: 25, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    // The runs did exercise the ledger: most generated steps ran (a release, reversal, approval or
    // rejection with no lot or withdrawal to act on is skipped and not counted). A fixed floor failed
    // on seeds that drew short sequences.
    expect(stepsRun).toBeGreaterThan(100);
    expect(stepsRun / stepsGenerated).toBeGreaterThan(0.4);
  }, 120_000);
});
