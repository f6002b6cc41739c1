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

/** How many due lots one sweep releases; the next minute takes the rest. */
const SWEEP_BATCH = 1_000;

/**
 * Every minute, and at boot: releases every lot that is due, each in its own transaction, so lots whose
 * job was lost (a crashed process, a dropped queue) are released within a minute.
 */
export async function sweepDueLots(orm: MikroORM, now = new Date()): Promise<number> {
  let released = 0;
  for (const saleId of await dueHeldLots(orm.em.fork(), now, SWEEP_BATCH)) {
    if (await releaseSaleReward(orm.em.fork(), saleId, now)) released += 1;
  }
  return released;
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
