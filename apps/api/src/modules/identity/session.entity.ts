import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { User } from './user.entity';

/** Server-side session: only the SHA-256 of the opaque token is stored, never the token. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @Property({ type: 'string' })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { index: true })
  user!: User;

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  ipAddress?: string | null;

  @Property({ type: 'string', nullable: true })
  userAgent?: string | null;
}
