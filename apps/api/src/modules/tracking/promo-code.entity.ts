import { Entity, Enum, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Brand } from '../organisations/brand.entity';
import { Participant } from '../participants/participant.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import { PromoCodeStatus } from './tracking.enums';

/**
 * A member's promo code. Unique within the brand whatever its case (index on upper(code)), replaced codes
 * included; a member has at most one code that is not REPLACED (partial unique index), and the replaced
 * ones stay as the member's code history.
 */
@Entity({ tableName: 'promo_code' })
export class PromoCode extends BaseEntity {
  @ManyToOne(() => PromotionMember, { deleteRule: 'cascade' })
  member!: PromotionMember;

  @ManyToOne(() => Promotion, { deleteRule: 'cascade', index: true })
  promotion!: Promotion;

  @ManyToOne(() => Brand)
  brand!: Brand;

  @ManyToOne(() => Participant, { index: true })
  participant!: Participant;

  /** As issued (its case kept for display); matched case-insensitively. */
  @Property({ type: 'string', length: FIELD_LIMITS.promoCode })
  code!: string;

  @Enum({ items: () => PromoCodeStatus, nativeEnumName: 'promo_code_status' })
  status: PromoCodeStatus & Opt = PromoCodeStatus.ACTIVE;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  replacedAt?: Date | null;

  @ManyToOne(() => PromoCode, { nullable: true })
  replacedBy?: PromoCode | null;
}
