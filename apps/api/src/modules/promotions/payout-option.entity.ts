import { BigIntType, Entity, Enum, ManyToOne, Opt, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { Product } from '../products/product.entity';
import { PayoutKind } from './promotion.enums';
import { Promotion } from './promotion.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';

/**
 * How a member earns. `value` is an integer: minor units (PER_UNIT, FLAT_PER_SALE, PER_CLICK) or
 * basis points (PERCENT_OF_SALE). The partial unique index keeps exactly one default per promotion.
 */
@ObjectType('PayoutOption', { description: 'One way a promotion pays its members; a promotion has one or more, one of them the default' })
@Entity({ tableName: 'payout_option' })
@Unique({
  name: 'payout_option_one_default',
  expression: 'create unique index "payout_option_one_default" on "payout_option" ("promotion_id") where "is_default"',
})
export class PayoutOption extends BaseEntity {
  @ManyToOne(() => Promotion, { deleteRule: 'cascade', index: true })
  promotion!: Promotion;

  @Field(() => String, { description: 'Display name' })
  @Property({ type: 'string', length: FIELD_LIMITS.payoutOptionName })
  name!: string;

  @Field(() => PayoutKind, { description: 'How the reward is computed, and so the unit of value' })
  @Enum({ items: () => PayoutKind, nativeEnumName: 'payout_kind' })
  kind!: PayoutKind;

  @Property({ type: new BigIntType('bigint') })
  value!: bigint;

  @Field(() => Boolean, { description: 'Whether new members get this option' })
  @Property({ type: 'boolean' })
  isDefault: boolean & Opt = false;

  @Field(() => Int, { description: "Order among the promotion's options, from 0" })
  @Property({ type: 'integer' })
  position: number & Opt = 0;
}

/** PER_UNIT only: a product that earns a different value per unit than the option's. */
@Entity({ tableName: 'payout_option_product_value' })
export class PayoutOptionProductValue {
  [PrimaryKeyProp]?: ['option', 'product'];

  @ManyToOne(() => PayoutOption, { primary: true, deleteRule: 'cascade' })
  option!: PayoutOption;

  @ManyToOne(() => Product, { primary: true })
  product!: Product;

  @Property({ type: new BigIntType('bigint') })
  value!: bigint;
}
