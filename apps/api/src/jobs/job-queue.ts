import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

export interface JobHandlerContext {
  log: Logger;
}
export type JobHandler<T> = (data: T, jobId: string) => Promise<void>;

/** Every job name the platform knows, with the shape of its payload. */
export interface JobPayloads {
  'notification.deliver': { notificationId: string };
  'notification.sweep': Record<string, never>;
  'promotion.transition': { promotionId: string };
  'promotion.sweep': Record<string, never>;
  'product-import.run': { importId: string };
  'product-import.sweep': Record<string, never>;
}
export type JobName = keyof JobPayloads;

interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The PostgreSQL-backed queue (pg-boss). enqueue() runs on the caller's open transaction when there
 * is one, so a job commits or rolls back with the change that caused it; handlers must be idempotent.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly log: Logger,
  ) {}

  static async start(connectionString: string, poolMax: number, log: Logger, opts: { supervise: boolean }): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString,
      max: poolMax,
      schema: 'pgboss',
      supervise: opts.supervise,
      schedule: opts.supervise,
      migrate: true,
    });
    boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const name of JOB_NAMES) await boss.createQueue(name);
    return new JobQueue(boss, log);
  }

  async enqueue<N extends JobName>(em: EntityManager, name: N, data: JobPayloads[N], options: PgBoss.SendOptions = {}): Promise<void> {
    const db = await transactionDb(em);
    await this.boss.send(name, data as object, { retryLimit: 5, retryBackoff: true, ...options, ...(db ? { db } : {}) });
  }

  async schedule<N extends JobName>(name: N, cron: string, data: JobPayloads[N]): Promise<void> {
    await this.boss.schedule(name, cron, data as object);
  }

  async work<N extends JobName>(name: N, handler: JobHandler<JobPayloads[N]>): Promise<void> {
    await this.boss.work<JobPayloads[N]>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, job.id);
        } catch (error) {
          this.log.error({ err: error, job: name, jobId: job.id }, 'job failed');
          throw error;
        }
      }
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

const JOB_NAMES: JobName[] = ['notification.deliver', 'notification.sweep', 'promotion.transition', 'promotion.sweep', 'product-import.run', 'product-import.sweep'];

/**
 * pg-boss's `db` option runs its INSERT on our connection. Inside em.transactional() that is the
 * transaction's own pg client (knex hands the same connection back to a transaction client).
 */
async function transactionDb(em: EntityManager): Promise<PgBoss.Db | undefined> {
  const trx = em.getTransactionContext<{ client: { acquireConnection(): Promise<PgConnection> } }>();
  if (!trx) return undefined;
  const connection = await trx.client.acquireConnection();
  return { executeSql: (text, values) => connection.query(text, values) as Promise<{ rows: unknown[] }> };
}
