import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { WHOLE_NUMBER } from '../../shared/money';
import { BoundedList, MultiLineText, PatternText, SingleLineText } from '../../shared/validators';
import { WithdrawalStatus } from './withdrawal.entities';

@InputType('AddCardInput', { description: 'A bank card to withdraw to; the number goes to the payout provider only' })
export class AddCardInput {
  @Field(() => String, { description: 'The card number, 12 to 19 digits; spaces or dashes between groups are allowed. Never stored' })
  @PatternText(FIELD_LIMITS.cardNumber, /^\d[\d -]{10,21}\d$/, 'Enter the card number (12 to 19 digits)')
  cardNumber!: string;

  @Field(() => Int, { description: 'Expiry month, 1 to 12' })
  @Min(1)
  @Max(12)
  expiryMonth!: number;

  @Field(() => Int, { description: 'Expiry year, four digits (e.g. 2029)' })
  @Min(2000)
  @Max(2100)
  expiryYear!: number;
}

@InputType('RequestWithdrawalInput', { description: 'A withdrawal of available points to one of the caller’s cards' })
export class RequestWithdrawalInput {
  @Field(() => ID, { description: 'One of the caller’s cards' }) cardId!: string;

  @Field(() => String, { description: 'Integer minor units as a decimal string: at least the minimum, at most the available balance' })
  @PatternText(FIELD_LIMITS.wholeNumber, WHOLE_NUMBER, 'Enter a whole number of minor units (at most 15 digits)')
  amountMinor!: string;

  @Field(() => String, { description: 'Made by the client once per form (e.g. a UUID): sending it again answers the same withdrawal' })
  @SingleLineText(FIELD_LIMITS.idempotencyKey, { min: 8, message: `An idempotency key of 8 to ${FIELD_LIMITS.idempotencyKey} characters` })
  idempotencyKey!: string;
}

@InputType('WithdrawalFilter', { description: 'Which withdrawals the admin queue shows' })
export class WithdrawalFilter {
  @Field(() => [WithdrawalStatus], { nullable: true, description: 'Only these statuses; every status when left out' })
  @IsOptional()
  @BoundedList('enumFilter')
  statuses?: WithdrawalStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this participant’s' })
  @IsOptional()
  participantId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Requested at or after this time (UTC)' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested before this time (UTC)' })
  @IsOptional()
  to?: Date | null;
}

export const REJECT_REASON_RULE = MultiLineText(FIELD_LIMITS.withdrawalReason, {
  min: 3,
  message: `Give a reason (3 to ${FIELD_LIMITS.withdrawalReason} characters)`,
});

@InputType('RejectWithdrawalsInput', { description: 'Withdrawals to refuse, with one reason for all' })
export class RejectWithdrawalsInput {
  @Field(() => [ID], { description: 'The withdrawals (REQUESTED ones), at most 500' })
  @BoundedList('bulkAction')
  ids!: string[];

  @Field(() => String, { description: 'Why; shown to the participants' })
  @REJECT_REASON_RULE
  reason!: string;
}

@InputType('ApproveWithdrawalsInput', { description: 'Withdrawals to send to the payout provider' })
export class ApproveWithdrawalsInput {
  @Field(() => [ID], { description: 'The withdrawals (REQUESTED ones), at most 500' })
  @BoundedList('bulkAction')
  ids!: string[];
}
