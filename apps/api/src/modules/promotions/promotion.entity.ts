import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { ownBrandOf } from '../../auth/owners';
import { Restricted } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';
import { Product } from '../products/product.entity';
import { AttributionRule, PromotionAudience, PromotionStatus, TrackingMode } from './promotion.enums';
import { FIELD_LIMITS } from '../../shared/field-limits';

/** What only admins and the promotion's own brand read: moderation data, the chosen audience, the board's counts. */
export const PROMOTION_INTERNAL_READERS = {
  anyOf: [Permission.ModeratePromotions],
  owners: [ownBrandOf<Promotion>(Permission.ManageOwnPromotions)],
};

/** A brand's campaign. Caps are integer minor units of `currency`; null means no cap. */
@ObjectType('Promotion', { description: "A brand's promotion: the products, rewards and period during which members earn for sales" })
@Entity({ tableName: 'promotion' })
@Index({ properties: ['brand', 'status'] })
@Index({ properties: ['status', 'startsAt'] })
export class Promotion extends BaseEntity {
  @ManyToOne(() => Brand)
  brand!: Brand;

  @Field(() => String, { description: 'Display name' })
  @Property({ type: 'string', length: FIELD_LIMITS.promotionName })
  name!: string;

  @Field(() => String, { description: 'What the promotion is about, shown to participants' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Field(() => String, { description: 'Rules and guidelines shown to participants' })
  @Property({ type: 'text' })
  rules: string & Opt = '';

  @Field(() => Date, { description: 'When the promotion starts (UTC)' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When the promotion ends (UTC)' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => PromotionStatus, {
    description: 'Where the promotion is in its life: draft, in review, scheduled, active, paused, ended or rejected',
  })
  @Enum({ items: () => PromotionStatus, nativeEnumName: 'promotion_status' })
  status: PromotionStatus & Opt = PromotionStatus.DRAFT;

  @Field(() => PromotionAudience, { description: "Which partner companies' participants may take part" })
  @Enum({ items: () => PromotionAudience, nativeEnumName: 'promotion_audience' })
  audience: PromotionAudience & Opt = PromotionAudience.ALL_PARTNERS;

  @Field(() => [TrackingMode], { description: 'How sales are attributed: receipt claims, tracking links, promo codes' })
  @Enum({ items: () => TrackingMode, array: true })
  trackingModes: TrackingMode[] & Opt = [TrackingMode.RECEIPT_CLAIM];

  @Property({ type: 'string', length: FIELD_LIMITS.currency })
  currency: string & Opt = 'RUB';

  @Property({ type: new BigIntType('bigint'), nullable: true })
  budgetCapMinor?: bigint | null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  perParticipantCapMinor?: bigint | null;

  @Field(() => Int, { description: 'Days an approved sale is held before its reward can be withdrawn' })
  @Property({ type: 'integer' })
  holdingDays: number & Opt = 0;

  @Field(() => Int, { description: 'Days after the purchase (UTC) during which a receipt may be claimed in this promotion, 1 to 365' })
  @Property({ type: 'integer' })
  claimWindowDays: number & Opt = 30;

  /** TRACKING_LINK: where a member's short link sends the visitor (https, on one of the brand's siteDomains). */
  @Property({ type: 'string', length: FIELD_LIMITS.landingUrl, nullable: true })
  landingUrl?: string | null;

  /** TRACKING_LINK: the query parameter the redirect appends the click id as. */
  @Property({ type: 'string', length: FIELD_LIMITS.clickIdParam })
  clickIdParam: string & Opt = 'click_id';

  /** PROMO_CODE: how codes are generated, e.g. {NAME}{DIGITS:4}; null until the brand sets it up. */
  @Property({ type: 'string', length: FIELD_LIMITS.codePattern, nullable: true })
  codePattern?: string | null;

  /** PROMO_CODE: days a newly issued code is valid; null for codes without expiry. */
  @Property({ type: 'integer', nullable: true })
  codeExpiryDays?: number | null;

  /** Days after a click during which an order can be attributed to it. */
  @Property({ type: 'integer' })
  attributionWindowDays: number & Opt = 30;

  @Enum({ items: () => AttributionRule, nativeEnumName: 'attribution_rule' })
  attributionRule: AttributionRule & Opt = AttributionRule.CODE_FIRST;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last moderation rejected it; null to anyone but admins and the owning brand',
  })
  @Restricted(PROMOTION_INTERNAL_READERS)
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}

/** A product that earns in a promotion. Explicit pivot so lists load it in one batched query. */
@Entity({ tableName: 'promotion_product' })
export class PromotionProduct {
  [PrimaryKeyProp]?: ['promotion', 'product'];

  @ManyToOne(() => Promotion, { primary: true, deleteRule: 'cascade' })
  promotion!: Promotion;

  @ManyToOne(() => Product, { primary: true, index: true })
  product!: Product;
}

/** With audience CHOSEN_PARTNERS: the partner companies whose participants may take part. */
@Entity({ tableName: 'promotion_audience_partner' })
export class PromotionAudiencePartner {
  [PrimaryKeyProp]?: ['promotion', 'partner'];

  @ManyToOne(() => Promotion, { primary: true, deleteRule: 'cascade' })
  promotion!: Promotion;

  @ManyToOne(() => Partner, { primary: true, index: true })
  partner!: Partner;
}
