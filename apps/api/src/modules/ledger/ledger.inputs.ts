import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { WHOLE_NUMBER } from '../../shared/money';
import { MultiLineText, PatternText, SingleLineText } from '../../shared/validators';

export enum AdjustmentDirection {
  CREDIT = 'CREDIT',
  DEBIT = 'DEBIT',
}

registerEnumType(AdjustmentDirection, {
  name: 'AdjustmentDirection',
  description: "Which way an adjustment moves the participant's available balance",
  valuesConfig: {
    CREDIT: { description: 'Adds to the available balance' },
    DEBIT: { description: 'Takes from the available balance; never below zero' },
  },
});

@InputType('AdjustBalanceInput', { description: "An administrator's credit or debit of a participant's available balance" })
export class AdjustBalanceInput {
  @Field(() => ID, { description: 'The participant' }) participantId!: string;

  @Field(() => AdjustmentDirection, { description: 'Credit or debit' }) direction!: AdjustmentDirection;

  @Field(() => String, { description: 'Integer minor units of the platform currency as a decimal string, more than 0' })
  @PatternText(FIELD_LIMITS.wholeNumber, WHOLE_NUMBER, 'Enter a whole number of minor units (at most 15 digits)')
  amountMinor!: string;

  @Field(() => String, { description: 'Why; required, shown in the participant’s history and the audit log' })
  @MultiLineText(FIELD_LIMITS.ledgerMemo, { min: 3, message: `Give a reason (3 to ${FIELD_LIMITS.ledgerMemo} characters)` })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: `Made by the client once per form (e.g. a UUID), ${FIELD_LIMITS.idempotencyKey} characters at most: sending the same adjustment again posts nothing more`,
  })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.idempotencyKey, { min: 8, message: `An idempotency key of 8 to ${FIELD_LIMITS.idempotencyKey} characters` })
  idempotencyKey?: string | null;
}
