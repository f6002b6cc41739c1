import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { transactionDb } from './enqueue-in-transaction';

export interface JobHandlerContext {
  log: Logger;
}
export type JobHandler<T> = (data: T, jobId: string) => Promise<void>;

/**
 * Every job name the platform knows, with the shape of its payload. Empty here: each feature adds
 * its own jobs where it declares them (`declare module '../../jobs/job-queue' { interface JobPayloads
 * { 'feature.job': {...} } }` beside its defineJob()), so enqueue() and work() are typed by name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobPayloads {}
export type JobName = keyof JobPayloads;

/**
 * The PostgreSQL-backed queue (pg-boss). enqueue() runs on the caller's open transaction when there
 * is one, so a job commits or rolls back with the change that caused it; handlers must be idempotent.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly log: Logger,
  ) {}

  /** `queues`: every job name this process may enqueue or work (pg-boss refuses to send to a queue it has not created). */
  static async start(
    connectionString: string,
    poolMax: number,
    log: Logger,
    opts: { supervise: boolean; queues: readonly JobName[] },
  ): Promise<JobQueue> {
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
    for (const name of opts.queues) await boss.createQueue(name);
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
