import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import type { JobQueue } from '../../jobs/job-queue';

/** How many lost payouts one sweep re-enqueues; the next minute takes the rest. */
const SWEEP_BATCH = 500;

/**
 * Finds APPROVED withdrawals with no payout job waiting, retrying or running (the job was lost with a
 * crashed process, or pg-boss gave up after its own retries) and enqueues their payout again, as the
 * next attempt. Safe to repeat: the payout job is idempotent by withdrawal id (the provider pays once,
 * and a withdrawal no longer APPROVED is left alone), and the approval's own job is enqueued in the
 * approval's transaction, so an APPROVED row without a live job really has lost it.
 */
export async function sweepLostPayouts(orm: MikroORM, jobs: JobQueue, payout: AppConfig['wallet']['payout']): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const lost = await em.getConnection().execute<{ id: string; payout_attempts: number }[]>(
    `select w.id, w.payout_attempts from withdrawal w
      where w.status = 'APPROVED'
        and not exists (select 1 from pgboss.job j
                         where j.name = 'withdrawal.payout' and j.data->>'withdrawalId' = w.id::text
                           and j.state in ('created', 'retry', 'active'))
      order by w.updated_at limit ${SWEEP_BATCH}`,
  );
  for (const w of lost) {
    const attempt = w.payout_attempts + 1;
    await em.transactional((tx) =>
      jobs.enqueue(
        tx as EntityManager,
        'withdrawal.payout',
        { withdrawalId: w.id, attempt, maxAttempts: Math.max(payout.maxAttempts, attempt), retryDelaySeconds: payout.retryDelaySeconds },
        { singletonKey: `withdrawal:${w.id}:payout:${attempt}:sweep` },
      ),
    );
  }
  return lost.length;
}
