import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { JobName, JobPayloads } from './job-queue';

interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** One job to write: its queue, payload and pg-boss options (a start time, a singleton key). */
export interface JobToEnqueue<N extends JobName = JobName> {
  name: N;
  data: JobPayloads[N];
  options?: Pick<PgBoss.SendOptions, 'startAfter' | 'singletonKey' | 'retryLimit' | 'retryBackoff' | 'retryDelay'>;
}

/**
 * pg-boss used only to write job rows through the caller's connection (its `db` option), never started:
 * code that holds only an EntityManager (the ledger's postings) can still enqueue, and the job commits
 * or rolls back with the transaction that caused it. The queues exist: the app's JobQueue creates every
 * queue a manifest declares at boot. Defaults match JobQueue.enqueue's (5 retries with backoff).
 */
const writer = new PgBoss({
  schema: 'pgboss',
  db: {
    executeSql: () => {
      throw new Error('jobs are enqueued here only inside a transaction');
    },
  },
});

/**
 * pg-boss's `db` option runs its INSERT on our connection. Inside em.transactional() that is the
 * transaction's own pg client (knex hands the same connection back to a transaction client).
 */
export async function transactionDb(em: EntityManager): Promise<PgBoss.Db | undefined> {
  const trx = em.getTransactionContext<{ client: { acquireConnection(): Promise<PgConnection> } }>();
  if (!trx) return undefined;
  const connection = await trx.client.acquireConnection();
  return { executeSql: (text, values) => connection.query(text, values) as Promise<{ rows: unknown[] }> };
}

/**
 * Writes many jobs, of one queue or several, in ONE statement on the caller's open transaction (a page
 * of approvals enqueues its 25 release jobs and 25 notification deliveries in two round trips, not 50).
 * A job whose singleton key is already queued is skipped, as with send().
 */
export async function enqueueManyInTransaction(em: EntityManager, jobs: readonly JobToEnqueue[]): Promise<void> {
  if (jobs.length === 0) return;
  const db = await transactionDb(em);
  if (!db) throw new Error(`enqueue ${jobs[0]!.name}: not inside a transaction`);
  await writer.insert(
    jobs.map(({ name, data, options = {} }) => ({
      name,
      data: data as object,
      retryLimit: options.retryLimit ?? 5,
      retryBackoff: options.retryBackoff ?? true,
      retryDelay: options.retryDelay,
      singletonKey: options.singletonKey,
      // insert() takes a timestamp only as ISO text ending in Z, or an interval; send() took a Date.
      startAfter: options.startAfter instanceof Date ? options.startAfter.toISOString() : options.startAfter,
    })) as PgBoss.JobInsert[],
    { db },
  );
}

/** One job on the caller's open transaction. */
export function enqueueInTransaction<N extends JobName>(
  em: EntityManager,
  name: N,
  data: JobPayloads[N],
  options: JobToEnqueue['options'] = {},
): Promise<void> {
  return enqueueManyInTransaction(em, [{ name, data, options } as JobToEnqueue]);
}
