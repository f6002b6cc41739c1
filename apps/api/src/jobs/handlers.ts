import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { JobQueue } from './job-queue';
import { runPromotionTransition, sweepPromotionTransitions } from '../modules/promotions/promotion-schedule';
import { deliverNotification, findStuckNotifications, LogChannel } from '../modules/notifications/notification.deliverer';
import { runProductImport, sweepAbandonedImports } from '../modules/product-import/product-import.job';

/** Registers every job handler; the API process calls this by default, `npm run worker` when scaled out. */
export async function registerJobHandlers(jobs: JobQueue, orm: MikroORM, log: Logger): Promise<void> {
  const sender = new LogChannel(log);
  await jobs.work('notification.deliver', ({ notificationId }) => deliverNotification(orm, sender, notificationId));
  // Safety net for the outbox: re-enqueue notifications whose job was lost or gave up.
  await jobs.work('notification.sweep', async () => {
    const em = orm.em.fork();
    for (const notificationId of await findStuckNotifications(orm)) {
      await jobs.enqueue(em, 'notification.deliver', { notificationId }, { singletonKey: notificationId, singletonMinutes: 10 });
    }
  });
  await jobs.schedule('notification.sweep', '*/5 * * * *', {});
  // Promotions start and end at their dates; the sweep catches any job that was lost.
  await jobs.work('promotion.transition', async ({ promotionId }) => {
    await runPromotionTransition(orm, promotionId);
  });
  await jobs.work('promotion.sweep', async () => {
    await sweepPromotionTransitions(orm, jobs);
  });
  await jobs.schedule('promotion.sweep', '* * * * *', {});
  await jobs.work('product-import.run', ({ importId }, jobId) => runProductImport(orm, importId, jobId, log));
  // Crash recovery: an import whose process died (stale heartbeat) is started again, where its last
  // batch committed. Swept every minute, at boot, and again when a running import's heartbeat would
  // go stale, so a restarted process resumes it within HEARTBEAT_STALE_SECONDS or so, not at the
  // next cron minute (and not when pg-boss would expire the dead run's job).
  await jobs.work('product-import.sweep', async () => {
    const { nextCheckAt } = await sweepAbandonedImports(orm, jobs);
    if (nextCheckAt) {
      await jobs.enqueue(orm.em.fork(), 'product-import.sweep', {}, { startAfter: nextCheckAt, singletonKey: `at:${nextCheckAt.toISOString()}`, singletonSeconds: 60, retryLimit: 1 });
    }
  });
  await jobs.schedule('product-import.sweep', '* * * * *', {});
  await jobs.enqueue(orm.em.fork(), 'product-import.sweep', {}, { retryLimit: 1 });
}
