import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';

/** One failed sign-in; counted per account and per address within a window to throttle guessing. */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ipAddress', 'createdAt'] })
export class LoginFailure extends BaseEntity {
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  ipAddress!: string;
}
