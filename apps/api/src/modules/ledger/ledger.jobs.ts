import type { MikroORM } from '@mikro-orm/postgresql';
import { defineJob } from '../../jobs/define-job';
import { dueHeldLots, releaseSaleReward } from './ledger.postings';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    'ledger.release': { saleId: string };
    'ledger.release-sweep': Record<string, never>;
  }
}

/** Releases one held lot at its release time (enqueued with its accrual); a lot not due or done is left alone. */
export const releaseJob = defineJob({
  name: 'ledger.release',
  async work({ orm }, { saleId }) {
    await releaseSaleReward(orm.em.fork(), saleId);
  },
});

/** Due lots read at a time; a sweep goes on while batches come back full, for at most SWEEP_BUDGET_MS. */
const SWEEP_BATCH = 1_000;
/** Less than the minute between sweeps, so a run does not overlap the next; the next minute takes the rest. */
const SWEEP_BUDGET_MS = 45_000;

/**
 * Every minute, and at boot: releases every lot that is due, each in its own transaction, so lots whose
 * job was lost (a crashed process, a dropped queue), and conversions' lots, which have no job of their own
 * (modules/conversions/conversion-write.ts), are released within a minute of their time.
 */
export async function sweepDueLots(orm: MikroORM, now = new Date()): Promise<number> {
  const started = Date.now();
  let released = 0;
  for (;;) {
    const due = await dueHeldLots(orm.em.fork(), now, SWEEP_BATCH);
    for (const saleId of due) {
      if (await releaseSaleReward(orm.em.fork(), saleId, now)) released += 1;
    }
    if (due.length < SWEEP_BATCH || Date.now() - started > SWEEP_BUDGET_MS) return released;
  }
}

export const releaseSweepJob = defineJob({
  name: 'ledger.release-sweep',
  async work({ orm, log }) {
    const released = await sweepDueLots(orm);
    if (released > 0) log.info({ released }, 'ledger sweep released held lots');
  },
  schedule: { cron: '* * * * *', data: {} },
  atBoot: { data: {} },
});
