import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { MultiLineText } from '../../shared/validators';

export enum ModerationDecisionKind {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ModerationDecisionKind, { name: 'ModerationDecisionKind' });

@InputType()
export class ModerationInput {
  @Field(() => ID) id!: string;

  @Field(() => ModerationDecisionKind) decision!: ModerationDecisionKind;

  @Field(() => String, { nullable: true, description: 'Required when rejecting; shown to the user' })
  @IsOptional()
  @MultiLineText(FIELD_LIMITS.moderationReason)
  reason?: string | null;
}
