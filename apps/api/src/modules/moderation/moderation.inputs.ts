import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

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
  @MaxLength(1000)
  reason?: string | null;
}
