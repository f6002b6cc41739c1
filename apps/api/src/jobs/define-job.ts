import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { JobName, JobPayloads, JobQueue } from './job-queue';

/** What a job handler works with: the ORM (it forks its own EntityManager), the queue, the logger, the config validated at boot. */
export interface JobDeps {
  orm: MikroORM;
  jobs: JobQueue;
  log: Logger;
  config: AppConfig;
}

/**
 * One background job of a feature, declared in its manifest: jobs/handlers.ts registers `work` for
 * `name` in every process that runs jobs, creates the queue in every process that enqueues, and adds
 * the cron schedule and the boot-time enqueue. The payload type comes from JobPayloads, which the
 * feature extends where it declares the job (`declare module '../../jobs/job-queue'`).
 * Handlers must be idempotent: a job can run twice.
 */
export interface JobDefinition<N extends JobName = JobName> {
  name: N;
  work(deps: JobDeps, data: JobPayloads[N], jobId: string): Promise<void>;
  /** pg-boss enqueues the job on this cron schedule with this payload. */
  schedule?: { cron: string; data: JobPayloads[N] };
  /** Enqueued once when a process registers its handlers: a sweep that should not wait for the next cron minute. */
  atBoot?: { data: JobPayloads[N]; options?: PgBoss.SendOptions };
}

/** Declares a job; the identity function, there so `data` is typed by the job's name. */
export function defineJob<N extends JobName>(job: JobDefinition<N>): JobDefinition<N> {
  return job;
}
