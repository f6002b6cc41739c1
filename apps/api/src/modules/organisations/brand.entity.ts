import { ArrayType, Entity, Enum, Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';

@ObjectType('Brand', { description: 'A brand (manufacturer) that runs promotions on its products' })
@Entity({ tableName: 'brand' })
export class Brand extends BaseEntity {
  @Field(() => String, { description: 'Full legal name' })
  @Property({ type: 'string', length: FIELD_LIMITS.legalName })
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'Tax id (INN), 10 or 12 digits; null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.taxId, nullable: true })
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal address; null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.address, nullable: true })
  address?: string | null;

  @Field(() => ModerationStatus, { description: 'Moderation status of the brand' })
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  status: ModerationStatus & Opt = ModerationStatus.APPROVED;

  /** Host names the brand declares as its own sites: a promotion's landing URL must be on one of them. */
  @Property({ type: ArrayType, columnType: 'varchar(253)[]' })
  siteDomains: string[] & Opt = [];
}
