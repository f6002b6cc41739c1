import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';

/**
 * One "forgot password" request, kept for the throttle window whether or not the email has an
 * account (see attempt-limit.ts): per email it stops flooding one mailbox, per address spraying.
 */
@Entity({ tableName: 'password_reset_request' })
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ipAddress', 'createdAt'] })
export class PasswordResetRequest extends BaseEntity {
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  ipAddress!: string;
}
