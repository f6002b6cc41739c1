import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { MultiLineText } from '../../shared/validators';

export enum ModerationDecisionKind {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ModerationDecisionKind, {
  name: 'ModerationDecisionKind',
  description: "A moderator's verdict",
  valuesConfig: {
    APPROVE: { description: 'Approve the record' },
    REJECT: { description: 'Reject the record (a reason is required)' },
  },
});

@InputType({ description: "A moderator's decision on one record" })
export class ModerationInput {
  @Field(() => ID, { description: 'The record to decide on' }) id!: string;

  @Field(() => ModerationDecisionKind, { description: 'Approve or reject' }) decision!: ModerationDecisionKind;

  @Field(() => String, { nullable: true, description: 'Required when rejecting; shown to the user' })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.moderationReason)
  reason?: string | null;
}
