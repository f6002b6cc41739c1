import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { FEATURES } from '../features';
import type { JobDefinition } from './define-job';
import type { JobName, JobQueue } from './job-queue';

/** Every feature's jobs, from the manifests (src/features.ts). */
export const JOBS: readonly JobDefinition[] = FEATURES.flatMap((feature) => feature.jobs ?? []);

/** The queues to create: every job a feature declares. */
export const JOB_NAMES: readonly JobName[] = JOBS.map((job) => job.name);

/**
 * Registers every job handler, then the cron schedules and the boot-time enqueues; the API process
 * calls this by default, `npm run worker` when scaled out.
 */
export async function registerJobHandlers(jobs: JobQueue, orm: MikroORM, log: Logger, config: AppConfig): Promise<void> {
  const deps = { orm, jobs, log, config };
  for (const job of JOBS) {
    await jobs.work(job.name, (data, jobId) => job.work(deps, data, jobId));
    if (job.schedule) await jobs.schedule(job.name, job.schedule.cron, job.schedule.data);
  }
  for (const job of JOBS) {
    if (job.atBoot) await jobs.enqueue(orm.em.fork(), job.name, job.atBoot.data, job.atBoot.options);
  }
}
