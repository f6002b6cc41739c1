import { Entity, Enum, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Role } from '@motiva/schema';
import { BaseEntity } from '../../shared/base.entity';
import { Locale } from '../../shared/enums';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';

/**
 * A person who signs in. Belongs to at most one organisation: a brand user to a Brand, a partner
 * user to a Partner. A participant's partner lives on their Participant profile.
 */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased; uniqueness is therefore case-insensitive. */
  @Property({ type: 'string', length: FIELD_LIMITS.email })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: FIELD_LIMITS.phone, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: FIELD_LIMITS.personName })
  name!: string;

  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  locale: Locale & Opt = Locale.RU;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  /** An admin can switch an account off whatever its moderation status. */
  @Property({ type: 'boolean', default: false })
  disabled: boolean & Opt = false;

  @ManyToOne(() => Brand, { nullable: true, index: true })
  brand?: Brand | null;

  @ManyToOne(() => Partner, { nullable: true, index: true })
  partner?: Partner | null;

  /** When the person consented to personal-data processing (at registration); null for invited users. */
  @Property({ type: 'datetime', nullable: true })
  personalDataConsentAt?: Date | null;

  /** Which version of the policy that consent was given to (PERSONAL_DATA_POLICY_VERSION then). */
  @Property({ type: 'string', length: 32, nullable: true })
  personalDataPolicyVersion?: string | null;
}
