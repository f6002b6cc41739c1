import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { Participant } from '../participants/participant.entity';
import { PayoutOption } from './payout-option.entity';
import { MemberSource, MemberStage } from './promotion.enums';
import { Promotion } from './promotion.entity';

/** A participant taking part in a promotion, with their own payout terms. */
@ObjectType('PromotionMember')
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

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  validTo?: Date | null;

  @Field(() => MemberStage)
  @Enum({ items: () => MemberStage, nativeEnumName: 'member_stage' })
  stage!: MemberStage;

  @Field(() => MemberSource)
  @Enum({ items: () => MemberSource, nativeEnumName: 'member_source' })
  source!: MemberSource;
}
