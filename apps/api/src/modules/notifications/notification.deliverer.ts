import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Notification, NotificationStatus } from './notification.entity';

/** A delivery channel (SMTP, SMS gateway). Real ones come later; LogChannel stands in until then. */
export interface ChannelSender {
  send(notification: Notification, recipient: { email: string; phone: string | null; locale: string }): Promise<void>;
}

export class LogChannel implements ChannelSender {
  constructor(private readonly log: Logger) {}
  async send(n: Notification, to: { email: string; phone: string | null }): Promise<void> {
    this.log.info(
      { notificationId: n.id, channel: n.channel, template: n.template, to: n.channel === 'SMS' ? to.phone : to.email },
      'notification delivered (log channel)',
    );
  }
}

/**
 * Idempotent: a notification already SENT is skipped, so a retried or duplicated job never sends twice.
 * The row is locked while sending so two workers cannot both pick it up.
 */
export async function deliverNotification(orm: MikroORM, sender: ChannelSender, notificationId: string): Promise<void> {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const n = await tx.findOne(Notification, { id: notificationId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['recipient'] });
    if (!n || n.status === NotificationStatus.SENT) return;
    n.attempts += 1;
    await sender.send(n, { email: n.recipient.email, phone: n.recipient.phone ?? null, locale: n.recipient.locale });
    n.status = NotificationStatus.SENT;
    n.sentAt = new Date();
  });
}

/** Ids of notifications still pending after a while: their job was lost or exhausted its retries. */
export async function findStuckNotifications(orm: MikroORM, olderThanMinutes = 10): Promise<string[]> {
  const em = orm.em.fork();
  const rows = await em.find(
    Notification,
    { status: NotificationStatus.PENDING, createdAt: { $lt: new Date(Date.now() - olderThanMinutes * 60_000) } },
    { fields: ['id'], limit: 500 },
  );
  return rows.map((r) => r.id);
}
