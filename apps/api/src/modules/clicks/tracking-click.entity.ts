import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Participant } from '../participants/participant.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import { TrackingLink } from '../tracking/tracking-link.entity';
import { ClickAgentClass } from './clicks.enums';

/**
 * One visit of a short link. Written in batches by the redirect with plain SQL (never through this
 * entity); the entity is here for the schema and for reports. No raw IP: a visitor hash salted per day.
 */
@Entity({ tableName: 'tracking_click' })
export class TrackingClick {
  @PrimaryKey({ type: new BigIntType('bigint'), autoincrement: true })
  id!: bigint;

  /** The id appended to the landing URL, which the brand's checkout sends back with the order. */
  @Property({ type: 'uuid', unique: true })
  clickId!: string;

  @ManyToOne(() => TrackingLink, { deleteRule: 'cascade' })
  link!: TrackingLink;

  // The member, promotion and participant are the link's, copied for the reports' indexes. No foreign keys
  // of their own: the link's key cascades already, and each one was a lookup per inserted click (about 40%
  // of PostgreSQL's work per click in bench:redirect; migration ..._click_keys).
  @ManyToOne(() => PromotionMember, { createForeignKeyConstraint: false })
  member!: PromotionMember;

  @ManyToOne(() => Promotion, { createForeignKeyConstraint: false })
  promotion!: Promotion;

  @ManyToOne(() => Participant, { createForeignKeyConstraint: false })
  participant!: Participant;

  @Property({ type: 'datetime' })
  clickedAt!: Date;

  @Property({ type: 'string', length: 64 })
  visitorHash!: string;

  @Enum({ items: () => ClickAgentClass, nativeEnumName: 'click_agent_class' })
  agentClass!: ClickAgentClass;

  @Property({ type: 'string', length: 255, nullable: true })
  referrerHost?: string | null;

  /** False for bots and for the same visitor on the same link again within the hour. */
  @Property({ type: 'boolean' })
  isUnique!: boolean;
}
