import { defineJob } from '../../jobs/define-job';
import { accrueClicksForDay, pruneClickUniques } from './click-accrual';
import { utcDay } from './visitor';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    /** `day` (yyyy-mm-dd, UTC) settles that day only; without it, the three days before today. */
    'clicks.accrue': { day?: string };
  }
}

const DAY_MS = 86_400_000;

/**
 * Daily at 00:10 UTC: pays cost-per-click members for yesterday's unique clicks. The two days before are
 * looked at again, so a day a crashed or stopped worker missed is caught up; a settled day is never paid
 * twice (click_accrual and the journal's key).
 */
export const accrueClicksJob = defineJob({
  name: 'clicks.accrue',
  async work({ orm, log }, { day }) {
    const days = day ? [day] : [1, 2, 3].map((n) => utcDay(Date.now() - n * DAY_MS));
    for (const d of days.reverse()) await accrueClicksForDay(orm, d, log);
    await pruneClickUniques(orm);
  },
  schedule: { cron: '10 0 * * *', data: {} },
});
