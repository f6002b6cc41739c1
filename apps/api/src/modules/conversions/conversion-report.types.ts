import { IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Money } from '../../shared/money';
import { Paginated } from '../../shared/pagination';
import { SingleLineText } from '../../shared/validators';
import { AttributionRule } from '../promotions/promotion.enums';
import { ConversionKind, SaleSource, SaleStatus } from '../sales/sale.enums';

/** What decided which member an order belongs to: the promo code, the tracking link's click, or the brand by hand. */
export enum AttributionDecider {
  CODE = 'CODE',
  CLICK = 'CLICK',
  MANUAL = 'MANUAL',
}

registerEnumType(AttributionDecider, {
  name: 'AttributionDecider',
  description: 'What attributed an order to a member',
  valuesConfig: {
    CODE: { description: "The member's promo code, used with the order" },
    CLICK: { description: "A click on the member's tracking link within the attribution window" },
    MANUAL: { description: 'The brand entered the sale for the member by hand' },
  },
});

@ObjectType('ConversionAttribution', { description: 'Why an order was attributed to its member' })
export class ConversionAttribution {
  @Field(() => AttributionDecider, { description: 'What decided the member' }) decidedBy!: AttributionDecider;
  @Field(() => String, {
    description:
      "The decision in English words, as stored with the sale (the rule and the candidates); portals show `contest` and `codeAndClickAgreed` in the reader's language instead",
  })
  reason!: string;
  @Field(() => AttributionRule, {
    nullable: true,
    description:
      "The promotion's rule that chose between a promo code and a click naming different members; null when they did not disagree",
  })
  contest!: AttributionRule | null;
  @Field(() => Boolean, { description: 'True when a promo code and a click were both sent and both named this member' })
  codeAndClickAgreed!: boolean;
  @Field(() => String, { nullable: true, description: 'The promo code sent with the order, as issued; null when none' })
  promoCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The click id (a UUID) sent with the order; null when none' })
  clickId!: string | null;
}

@ObjectType('ConversionPromotion', { description: 'The promotion a conversion belongs to' })
export class ConversionPromotion {
  @Field(() => ID, { description: "The promotion's id" }) id!: string;
  @Field(() => String, { description: "The promotion's name" }) name!: string;
}

@ObjectType('Conversion', {
  description: "An order a brand's server (or the brand by hand) reported for a member: a sale with an order id",
})
export class Conversion {
  @Field(() => ID, { description: "The sale's id" }) id!: string;
  @Field(() => String, { description: "The brand's order id" }) orderId!: string;
  @Field(() => Date, { description: 'When the order was placed (UTC)' }) orderedAt!: Date;
  @Field(() => ConversionKind, { description: 'Single, recurring or manual order' }) kind!: ConversionKind;
  @Field(() => SaleSource, { description: 'How the order was attributed: link, code or by hand' }) source!: SaleSource;
  @Field(() => SaleStatus, { description: 'APPROVED once recorded; REVERSED when refunded in full' }) status!: SaleStatus;
  @Field(() => Money, { description: "The order's amount, minor units" }) amount!: Money;
  @Field(() => Money, { description: 'How much of the order was refunded so far, minor units' }) refunded!: Money;
  @Field(() => Money, { description: "The member's commission accrued for the order, minor units of the order's currency" })
  commission!: Money;
  @Field(() => Money, { description: 'How much of the commission refunds took back, minor units' }) commissionReversed!: Money;
  @Field(() => ConversionPromotion, { description: 'The promotion' }) promotion!: ConversionPromotion;
  @Field(() => ID, { description: 'The promotion member the order was attributed to' }) memberId!: string;
  @Field(() => String, { description: "The member's name, as the members board shows it" }) participantName!: string;
  @Field(() => ConversionAttribution, { description: 'Why this member' }) attribution!: ConversionAttribution;
}

@ObjectType('ConversionPage', { description: 'A page of conversions, newest order first' })
export class ConversionPage extends Paginated(Conversion) {}

@InputType('ConversionFilter', { description: 'Narrows a list of conversions; every field is optional and they combine with AND' })
export class ConversionFilter {
  @Field(() => ID, { nullable: true, description: 'Only orders in this promotion' }) promotionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only orders attributed to this promotion member' }) memberId?: string | null;
  @Field(() => SaleSource, { nullable: true, description: 'Only orders attributed this way' }) source?: SaleSource | null;
  @Field(() => SaleStatus, { nullable: true, description: 'Only orders in this status' }) status?: SaleStatus | null;
  @Field(() => Date, { nullable: true, description: 'Only orders placed at or after this time (UTC)' }) orderedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only orders placed before this time (UTC); must be after orderedFrom' })
  orderedTo?: Date | null;
  @Field(() => String, { nullable: true, description: 'Only orders whose id contains this text (case-insensitive)' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.orderId)
  orderId?: string | null;
}
