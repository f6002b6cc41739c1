import { Entity, Enum, Index, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { theApprovedPartner, thePartner } from '../../auth/owners';
import { Restricted } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';

/** The contact person's details and the rejection reason: admins and the partner's own users (even while pending). */
export const PARTNER_PRIVATE_READERS = { anyOf: [Permission.ModeratePartners], owners: [thePartner] };
/** Invite code, head count, moderation history: admins and the partner's own users once approved. */
export const PARTNER_INTERNAL_READERS = { anyOf: [Permission.ModeratePartners], owners: [theApprovedPartner] };

@ObjectType('Partner', { description: 'A partner company whose sales staff take part in promotions' })
@Entity({ tableName: 'partner' })
export class Partner extends BaseEntity {
  @Field(() => String, { description: 'Full legal name' })
  @Property({ type: 'string', length: FIELD_LIMITS.legalName })
  legalName!: string;

  @Field(() => String, { description: 'Tax id (INN), 10 or 12 digits' })
  @Property({ type: 'string', length: FIELD_LIMITS.taxId })
  @Unique()
  taxId!: string;

  @Field(() => String, { nullable: true, description: 'Tax registration reason code (KPP), 9 digits; null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.kpp, nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true, description: 'Primary state registration number (OGRN), 13 or 15 digits; null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.ogrn, nullable: true })
  ogrn?: string | null;

  @Field(() => String, { description: 'Legal address' })
  @Property({ type: 'string', length: FIELD_LIMITS.address })
  address!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string', length: FIELD_LIMITS.personName })
  contactName!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string', length: FIELD_LIMITS.email })
  contactEmail!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string', length: FIELD_LIMITS.phone, nullable: true })
  contactPhone?: string | null;

  /** What a participant types at registration to say they sell for this partner. */
  @Property({ type: 'string', length: FIELD_LIMITS.inviteCode })
  @Unique()
  inviteCode!: string;

  @Field(() => ModerationStatus, { description: "Moderation status of the partner's registration" })
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  @Index()
  status: ModerationStatus & Opt = ModerationStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why the last moderation rejected it; null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
