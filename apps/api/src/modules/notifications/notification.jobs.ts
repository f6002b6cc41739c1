import { defineJob } from '../../jobs/define-job';
import { deliverNotification, findStuckNotifications, LogChannel } from './notification.deliverer';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    'notification.deliver': { notificationId: string };
    'notification.sweep': Record<string, never>;
  }
}

/** Sends one outbox notification (idempotent: a SENT one is skipped). */
export const deliverNotificationJob = defineJob({
  name: 'notification.deliver',
  work: ({ orm, log }, { notificationId }) => deliverNotification(orm, new LogChannel(log), notificationId),
});

/** Safety net for the outbox: re-enqueue notifications whose job was lost or gave up. */
export const sweepNotificationsJob = defineJob({
  name: 'notification.sweep',
  async work({ orm, jobs }) {
    const em = orm.em.fork();
    for (const notificationId of await findStuckNotifications(orm)) {
      await jobs.enqueue(em, 'notification.deliver', { notificationId }, { singletonKey: notificationId, singletonMinutes: 10 });
    }
  },
  schedule: { cron: '*/5 * * * *', data: {} },
});
