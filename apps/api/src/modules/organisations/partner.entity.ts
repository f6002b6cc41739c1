import { Entity, Enum, Index, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { theApprovedPartner, thePartner } from '../../auth/owners';
import { Restricted } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';

/** The contact person's details and the rejection reason: admins and the partner's own users (even while pending). */
export const PARTNER_PRIVATE_READERS = { anyOf: [Permission.ModeratePartners], owners: [thePartner] };
/** Invite code, head count, moderation history: admins and the partner's own users once approved. */
export const PARTNER_INTERNAL_READERS = { anyOf: [Permission.ModeratePartners], owners: [theApprovedPartner] };

@ObjectType('Partner')
@Entity({ tableName: 'partner' })
export class Partner extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  legalName!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  @Unique()
  taxId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  ogrn?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  address!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string' })
  contactName!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string' })
  contactEmail!: string;

  @Field(() => String, { nullable: true, description: 'Null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'string', nullable: true })
  contactPhone?: string | null;

  /** What a participant types at registration to say they sell for this partner. */
  @Property({ type: 'string' })
  @Unique()
  inviteCode!: string;

  @Field(() => ModerationStatus)
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  @Index()
  status: ModerationStatus & Opt = ModerationStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why the last moderation rejected it; null to anyone but admins and the partner' })
  @Restricted(PARTNER_PRIVATE_READERS)
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
