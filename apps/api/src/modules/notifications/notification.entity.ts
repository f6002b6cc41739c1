import { Entity, Enum, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { User } from '../identity/user.entity';

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * The outbox: written in the same transaction as the change that caused it; a job delivers it.
 * Delivery channels (SMTP, SMS gateway) come later; until then the delivery job logs.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['status', 'createdAt'] })
export class Notification extends BaseEntity {
  @ManyToOne(() => User, { index: true })
  recipient!: User;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  /** Template key, e.g. "participant.approved"; the deliverer renders it in the user's locale. */
  @Property({ type: 'string' })
  template!: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown> & Opt = {};

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus & Opt = NotificationStatus.PENDING;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;
}
