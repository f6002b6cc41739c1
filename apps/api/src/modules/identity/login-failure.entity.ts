import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';

/**
 * One sign-in attempt that failed or is still being checked (see login-throttle.ts: an attempt is
 * reserved here before its password is checked); counted per account and per address within a window.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ipAddress', 'createdAt'] })
export class LoginFailure extends BaseEntity {
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  ipAddress!: string;
}
