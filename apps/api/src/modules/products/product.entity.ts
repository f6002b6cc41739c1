import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { ownBrandOf } from '../../auth/owners';
import { Restricted } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { Brand } from '../organisations/brand.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';

/** Moderation data of a product (decisions, rejection reason): admins and the product's own brand. */
export const PRODUCT_MODERATION_READERS = {
  anyOf: [Permission.ModerateProducts],
  owners: [ownBrandOf<Product>(Permission.ManageOwnProducts)],
};

/** A brand's nomenclature item. Prices are integer minor units (kopecks, cents), never floats. */
@ObjectType('Product', { description: 'A product of a brand that can take part in promotions' })
@Entity({ tableName: 'product' })
@Unique({ properties: ['brand', 'sku'] })
export class Product extends BaseEntity {
  @ManyToOne(() => Brand)
  brand!: Brand;

  @Field(() => String, { description: "The brand's stock-keeping unit code, unique within the brand" })
  @Property({ type: 'string', length: FIELD_LIMITS.sku })
  sku!: string;

  @Field(() => String, { description: 'Display name' })
  @Property({ type: 'string', length: FIELD_LIMITS.productName })
  name!: string;

  @Field(() => String, { nullable: true, description: 'GTIN barcode (8, 12, 13 or 14 digits); null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.barcode, nullable: true })
  @Index()
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text category; null when not given' })
  @Property({ type: 'string', length: FIELD_LIMITS.category, nullable: true })
  category?: string | null;

  @Property({ type: new BigIntType('bigint') })
  listPriceMinor!: bigint;

  @Property({ type: 'string', length: FIELD_LIMITS.currency })
  currency: string & Opt = 'RUB';

  @Field(() => ModerationStatus, { description: 'Moderation status of the product' })
  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  status: ModerationStatus & Opt = ModerationStatus.PENDING;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last moderation rejected it; null to anyone but admins and the owning brand',
  })
  @Restricted(PRODUCT_MODERATION_READERS)
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
