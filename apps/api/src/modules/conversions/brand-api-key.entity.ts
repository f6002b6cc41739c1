import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';

/**
 * A brand's key for conversion postbacks. The secret is shown once at creation; `secretHash` (SHA-256)
 * finds and checks a presented key, `secretSealed` keeps it encrypted for HMAC verification.
 */
@Entity({ tableName: 'brand_api_key' })
export class BrandApiKey extends BaseEntity {
  @ManyToOne(() => Brand, { index: true })
  brand!: Brand;

  @Property({ type: 'string', length: FIELD_LIMITS.apiKeyName })
  name!: string;

  /** The key's public id, shown in lists and sent with every request. */
  @Property({ type: 'string', length: 16, unique: true })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'text' })
  secretSealed!: string;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
