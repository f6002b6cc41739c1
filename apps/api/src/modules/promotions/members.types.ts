import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberStage } from './promotion.enums';
import { PromotionMember } from './promotion-member.entity';

export enum AddMemberOutcome {
  ADDED = 'ADDED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(AddMemberOutcome, {
  name: 'AddMemberOutcome',
  description: 'What happened to one participant asked to be added to a promotion',
  valuesConfig: {
    ADDED: { description: 'The participant is now a member (INVITED)' },
    ALREADY_MEMBER: {
      description: 'The participant is a member already, or declined or left (then only they can join again); nothing changed',
    },
    NOT_FOUND: { description: 'No such participant the brand may add (unknown, not approved, or outside the audience)' },
  },
});

export enum MemberUpdateOutcome {
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(MemberUpdateOutcome, {
  name: 'MemberUpdateOutcome',
  description: 'What a bulk change did to one member',
  valuesConfig: {
    FAILED: { description: 'The change was refused for this member; the message says why' },
    NOT_FOUND: { description: 'No such member in this promotion' },
    UNCHANGED: { description: 'The member already had these terms' },
    UPDATED: { description: "The member's terms changed" },
  },
});

@ObjectType('AddMemberResult', { description: 'What happened to one participant asked to be added to a promotion' })
export class AddMemberResult {
  @Field(() => ID, { description: 'The participant this result is about' }) participantId!: string;
  @Field(() => AddMemberOutcome, { description: 'Added, already a member, or not found' }) outcome!: AddMemberOutcome;
  @Field(() => String, { nullable: true, description: 'Why the participant was not added, in English; null when added' }) message!:
    string | null;
  @Field(() => PromotionMember, { nullable: true, description: 'The new membership; null unless ADDED' }) member!: PromotionMember | null;
}

@ObjectType('MemberUpdateResult', { description: 'What happened to one member in a bulk change' })
export class MemberUpdateResult {
  @Field(() => ID, { description: 'The member this result is about' }) memberId!: string;
  @Field(() => MemberUpdateOutcome, { description: 'Updated, unchanged, not found, or failed' }) outcome!: MemberUpdateOutcome;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) message!: string | null;
  @Field(() => PromotionMember, { nullable: true, description: 'The member after the change; null when not found' })
  member!: PromotionMember | null;
}

/** What a brand sees of a participant: enough to pick them, nothing of their account. */
@ObjectType('ParticipantSummary', { description: 'The public face of a participant: what a brand may see' })
export class ParticipantSummary {
  @Field(() => ID, { description: "The participant's id" }) id!: string;
  @Field(() => String, { description: 'Full name' }) name!: string;
  @Field(() => String, { description: 'City the participant works in' }) city!: string;
  @Field(() => String, {
    nullable: true,
    description: "Legal name of the participant's partner company; null for the platform's own staff",
  })
  partnerName!: string | null;
}

@ObjectType('MemberStageCount', { description: 'How many members are at one stage' })
export class MemberStageCount {
  @Field(() => MemberStage, { description: 'The stage' }) stage!: MemberStage;
  @Field(() => Int, { description: 'The number of members' }) count!: number;
}
