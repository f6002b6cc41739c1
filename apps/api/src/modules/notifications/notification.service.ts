import type { RequestContext } from '../../graphql/context';
import { User } from '../identity/user.entity';
import { Notification, NotificationChannel } from './notification.entity';

export interface NotificationRequest {
  recipientId: string;
  template: string;
  payload?: Record<string, unknown>;
  channels?: NotificationChannel[];
}

/**
 * Writes outbox rows and their delivery jobs inside the caller's transaction: if the change rolls
 * back, nobody is told about it; if it commits, delivery is guaranteed to be attempted.
 */
export async function notify(ctx: RequestContext, request: NotificationRequest): Promise<void> {
  const rows = (request.channels ?? [NotificationChannel.EMAIL]).map((channel) =>
    ctx.em.create(Notification, {
      recipient: ctx.em.getReference(User, request.recipientId),
      channel,
      template: request.template,
      payload: request.payload ?? {},
    }),
  );
  await ctx.em.flush();
  for (const row of rows) {
    await ctx.app.jobs.enqueue(ctx.em, 'notification.deliver', { notificationId: row.id });
  }
}
