import type { RequestContext } from '../../context';
import { enqueueManyInTransaction } from '../../jobs/enqueue-in-transaction';
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
export function notify(ctx: RequestContext, request: NotificationRequest): Promise<void> {
  return notifyMany(ctx, [request]);
}

/**
 * notify() for many recipients at once (a page of sale decisions): the outbox rows go in one flush and,
 * inside a transaction, their delivery jobs in one statement.
 */
export async function notifyMany(ctx: RequestContext, requests: readonly NotificationRequest[]): Promise<void> {
  const rows = requests.flatMap((request) =>
    (request.channels ?? [NotificationChannel.EMAIL]).map((channel) =>
      ctx.em.create(Notification, {
        recipient: ctx.em.getReference(User, request.recipientId),
        channel,
        template: request.template,
        payload: request.payload ?? {},
      }),
    ),
  );
  await ctx.em.flush();
  if (ctx.em.isInTransaction()) {
    await enqueueManyInTransaction(
      ctx.em,
      rows.map((row) => ({ name: 'notification.deliver' as const, data: { notificationId: row.id } })),
    );
    return;
  }
  for (const row of rows) await ctx.app.jobs.enqueue(ctx.em, 'notification.deliver', { notificationId: row.id });
}
