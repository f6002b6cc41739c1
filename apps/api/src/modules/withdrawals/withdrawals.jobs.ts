import { defineJob } from '../../jobs/define-job';
import { runPayout } from './withdrawal-payout';
import { sweepLostPayouts } from './withdrawal-payout-sweep';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    /** The retry policy travels with the job: it is the config of the API that approved the withdrawal. */
    'withdrawal.payout': { withdrawalId: string; attempt: number; maxAttempts: number; retryDelaySeconds: number };
    'withdrawal.payout-sweep': Record<string, never>;
  }
}

/** Pays an approved withdrawal through the payout provider (idempotent: see runPayout). */
export const payoutJob = defineJob({
  name: 'withdrawal.payout',
  work: (deps, data, jobId) => runPayout(deps, data, jobId),
});

/**
 * Every minute, and at boot: approved withdrawals whose payout job was lost get it again, so a crashed
 * process resumes every payout within a minute, with this process's retry policy.
 */
export const payoutSweepJob = defineJob({
  name: 'withdrawal.payout-sweep',
  async work({ orm, jobs, log, config }) {
    const requeued = await sweepLostPayouts(orm, jobs, config.wallet.payout);
    if (requeued > 0) log.warn({ requeued }, 'payout sweep re-enqueued approved withdrawals whose payout job was lost');
  },
  schedule: { cron: '* * * * *', data: {} },
  atBoot: { data: {} },
});
