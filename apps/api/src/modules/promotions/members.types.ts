import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberStage } from './promotion.enums';
import { PromotionMember } from './promotion-member.entity';

export enum AddMemberOutcome {
  ADDED = 'ADDED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(AddMemberOutcome, { name: 'AddMemberOutcome' });

export enum MemberUpdateOutcome {
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(MemberUpdateOutcome, { name: 'MemberUpdateOutcome' });

@ObjectType('AddMemberResult')
export class AddMemberResult {
  @Field(() => ID) participantId!: string;
  @Field(() => AddMemberOutcome) outcome!: AddMemberOutcome;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => PromotionMember, { nullable: true }) member!: PromotionMember | null;
}

@ObjectType('MemberUpdateResult')
export class MemberUpdateResult {
  @Field(() => ID) memberId!: string;
  @Field(() => MemberUpdateOutcome) outcome!: MemberUpdateOutcome;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) message!: string | null;
  @Field(() => PromotionMember, { nullable: true }) member!: PromotionMember | null;
}

/** What a brand sees of a participant: enough to pick them, nothing of their account. */
@ObjectType('ParticipantSummary')
export class ParticipantSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) partnerName!: string | null;
}

@ObjectType('MemberStageCount')
export class MemberStageCount {
  @Field(() => MemberStage) stage!: MemberStage;
  @Field(() => Int) count!: number;
}
