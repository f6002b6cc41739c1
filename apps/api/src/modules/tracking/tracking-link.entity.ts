import { Entity, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Brand } from '../organisations/brand.entity';
import { Participant } from '../participants/participant.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';

/**
 * A member's short link /r/<code>: one per member (unique in the database). The redirect reads links
 * from an in-process cache, never from this entity; promotion, brand and participant are copied from the
 * member so the cache loads and reports scope without joins.
 */
@Entity({ tableName: 'tracking_link' })
export class TrackingLink extends BaseEntity {
  @ManyToOne(() => PromotionMember, { deleteRule: 'cascade', unique: true })
  member!: PromotionMember;

  @ManyToOne(() => Promotion, { deleteRule: 'cascade', index: true })
  promotion!: Promotion;

  @ManyToOne(() => Brand)
  brand!: Brand;

  @ManyToOne(() => Participant, { index: true })
  participant!: Participant;

  /** Letters and digits, 4 to 16, unique across the platform. */
  @Property({ type: 'string', length: FIELD_LIMITS.linkCode, unique: true })
  code!: string;

  /** A brand can switch a link off without touching the member. */
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;
}
