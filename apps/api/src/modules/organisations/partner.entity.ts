import { Entity, Enum, Index, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';

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

  @Field(() => String)
  @Property({ type: 'string' })
  contactName!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  contactEmail!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
