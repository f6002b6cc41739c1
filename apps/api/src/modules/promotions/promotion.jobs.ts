import { defineJob } from '../../jobs/define-job';
import { runPromotionTransition, sweepPromotionTransitions } from './promotion-schedule';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    'promotion.transition': { promotionId: string };
    'promotion.sweep': Record<string, never>;
  }
}

/** Promotions start and end at their dates: the job enqueued at approval for each date. */
export const promotionTransitionJob = defineJob({
  name: 'promotion.transition',
  async work({ orm }, { promotionId }) {
    await runPromotionTransition(orm, promotionId);
  },
});

/** Catches any transition job that was lost. */
export const promotionSweepJob = defineJob({
  name: 'promotion.sweep',
  async work({ orm, jobs }) {
    await sweepPromotionTransitions(orm, jobs);
  },
  schedule: { cron: '* * * * *', data: {} },
});
