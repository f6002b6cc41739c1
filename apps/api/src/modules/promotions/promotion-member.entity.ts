import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { Participant } from '../participants/participant.entity';
import { PayoutOption } from './payout-option.entity';
import { MemberSource, MemberStage } from './promotion.enums';
import { Promotion } from './promotion.entity';

/** A participant taking part in a promotion, with their own payout terms. */
@ObjectType('PromotionMember', { description: 'A participant taking part in a promotion, with their own payout terms' })
@Entity({ tableName: 'promotion_member' })
@Unique({ properties: ['promotion', 'participant'] })
@Index({ properties: ['promotion', 'stage'] })
export class PromotionMember extends BaseEntity {
  @ManyToOne(() => Promotion, { deleteRule: 'cascade' })
  promotion!: Promotion;

  @ManyToOne(() => Participant, { index: true })
  participant!: Participant;

  @ManyToOne(() => PayoutOption, { index: true })
  payoutOption!: PayoutOption;

  /** Replaces the option's value (and its per-product values) for this member only. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  overrideValue?: bigint | null;

  @Field(() => Boolean, { description: 'Whether the member currently earns (a brand can deactivate a member)' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Field(() => Date, { nullable: true, description: "The member's terms apply from this time (UTC); null for no start limit" })
  @Property({ type: 'datetime', nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "The member's terms apply until this time (UTC); null for no end limit" })
  @Property({ type: 'datetime', nullable: true })
  validTo?: Date | null;

  @Field(() => MemberStage, { description: 'Where the member is on the board' })
  @Enum({ items: () => MemberStage, nativeEnumName: 'member_stage' })
  stage!: MemberStage;

  @Field(() => MemberSource, { description: 'Whether the participant joined or the brand added them' })
  @Enum({ items: () => MemberSource, nativeEnumName: 'member_source' })
  source!: MemberSource;
}
