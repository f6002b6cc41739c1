import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { User } from './user.entity';

export enum PasswordTokenPurpose {
  INVITE = 'INVITE',
  RESET = 'RESET',
}

/** A one-time link to set a password. Only the SHA-256 of the token is stored; it works once, until it expires. */
@Entity({ tableName: 'password_token' })
export class PasswordToken extends BaseEntity {
  @Property({ type: 'string' })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { index: true })
  user!: User;

  @Enum({ items: () => PasswordTokenPurpose, nativeEnumName: 'password_token_purpose' })
  purpose!: PasswordTokenPurpose;

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
