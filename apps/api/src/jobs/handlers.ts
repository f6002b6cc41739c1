import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { JobQueue } from './job-queue';
import { runPromotionTransition, sweepPromotionTransitions } from '../modules/promotions/promotion-schedule';
import { deliverNotification, findStuckNotifications, LogChannel } from '../modules/notifications/notification.deliverer';
import { runProductImport } from '../modules/product-import/product-import.job';

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
}
