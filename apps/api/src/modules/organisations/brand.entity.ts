import { Entity, Enum, Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';

@ObjectType('Brand')
@Entity({ tableName: 'brand' })
export class Brand extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: FIELD_LIMITS.legalName })
  legalName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: FIELD_LIMITS.taxId, nullable: true })
  taxId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: FIELD_LIMITS.address, nullable: true })
  address?: string | null;

  @Field(() => ModerationStatus)
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  status: ModerationStatus & Opt = ModerationStatus.APPROVED;
}
