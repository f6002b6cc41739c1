import { defineFeature } from '../../define-feature';
import { deliverNotificationJob, sweepNotificationsJob } from './notification.jobs';
import { Notification } from './notification.entity';

/** The outbox: notifications written with the change that causes them, delivered by a job. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  resolvers: [],
  entities: [Notification],
  jobs: [deliverNotificationJob, sweepNotificationsJob],
});
