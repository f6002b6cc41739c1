import { defineJob } from '../../jobs/define-job';
import { runProductImport, sweepAbandonedImports } from './product-import.job';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    'product-import.run': { importId: string };
    'product-import.sweep': Record<string, never>;
  }
}

/** Applies an uploaded file, batch by batch (product-import.job.ts). */
export const runProductImportJob = defineJob({
  name: 'product-import.run',
  work: ({ orm, log }, { importId }, jobId) => runProductImport(orm, importId, jobId, log),
});

/**
 * Crash recovery: an import whose process died (stale heartbeat) is started again, where its last
 * batch committed. Swept every minute, at boot, and again when a running import's heartbeat would
 * go stale, so a restarted process resumes it within HEARTBEAT_STALE_SECONDS or so, not at the
 * next cron minute (and not when pg-boss would expire the dead run's job).
 */
export const sweepProductImportsJob = defineJob({
  name: 'product-import.sweep',
  async work({ orm, jobs }) {
    const { nextCheckAt } = await sweepAbandonedImports(orm, jobs);
    if (nextCheckAt) {
      await jobs.enqueue(
        orm.em.fork(),
        'product-import.sweep',
        {},
        { startAfter: nextCheckAt, singletonKey: `at:${nextCheckAt.toISOString()}`, singletonSeconds: 60, retryLimit: 1 },
      );
    }
  },
  schedule: { cron: '* * * * *', data: {} },
  atBoot: { data: {}, options: { retryLimit: 1 } },
});
