import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { Restricted, type OwnerRule, type ReadRule } from '../../auth/policy';
import { Money } from '../../shared/money';
import { Paginated } from '../../shared/pagination';
import { WithdrawalStatus } from './withdrawal.entities';

@ObjectType('PayoutCard', { description: 'A card the participant withdraws to: only what identifies it to its owner, never the number' })
export class PayoutCardView {
  @Field(() => ID, { description: 'The card' }) id!: string;
  @Field(() => String, { description: 'The last four digits of the number' }) last4!: string;
  @Field(() => String, { description: 'Card scheme: VISA, MASTERCARD, MIR, AMEX or OTHER' }) brand!: string;
  @Field(() => Int, { description: 'Expiry month, 1 to 12' }) expiryMonth!: number;
  @Field(() => Int, { description: 'Expiry year, four digits' }) expiryYear!: number;
  @Field(() => Date, { description: 'When it was added (UTC)' }) createdAt!: Date;
}

/** The participant whose withdrawal it is. */
const withdrawalsParticipant: OwnerRule<{ participantId: string }> = {
  name: 'participant',
  when: [Permission.ManageOwnWallet],
  owns: (viewer, withdrawal) => viewer.participantId === withdrawal.participantId,
};

/** Why a withdrawal was refused or failed: the admins and the participant it belongs to. */
const WITHDRAWAL_OUTCOME_READERS: ReadRule<WithdrawalView> = { anyOf: [Permission.ModerateWithdrawals], owners: [withdrawalsParticipant] };

@ObjectType('Withdrawal', { description: 'A request to pay available points out to a card' })
export class WithdrawalView {
  @Field(() => ID, { description: 'The withdrawal' }) id!: string;
  @Field(() => ID, { description: 'The participant it belongs to' }) participantId!: string;
  @Field(() => String, { description: 'The participant’s name' }) participantName!: string;
  @Field(() => Money, { description: 'How much is paid out' }) amount!: Money;
  @Field(() => WithdrawalStatus, { description: 'Where it is' }) status!: WithdrawalStatus;
  @Field(() => PayoutCardView, { description: 'The card it is paid to (also after the card was removed)' }) card!: PayoutCardView;
  @Field(() => String, {
    nullable: true,
    description: 'Why the payout failed (FAILED only); null to anyone but admins and its participant',
  })
  @Restricted(WITHDRAWAL_OUTCOME_READERS)
  failureReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why an admin rejected it (REJECTED only); null to anyone but admins and its participant',
  })
  @Restricted(WITHDRAWAL_OUTCOME_READERS)
  rejectionReason!: string | null;
  @Field(() => Int, { description: 'How many times the payout provider was asked' }) payoutAttempts!: number;
  @Field(() => Date, { description: 'When it was requested (UTC)' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When an admin approved or rejected it (UTC)' }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was paid (UTC)' }) paidAt!: Date | null;
}

@ObjectType('WithdrawalPage', { description: 'One page of withdrawals' })
export class WithdrawalPage extends Paginated(WithdrawalView) {}

@ObjectType('WithdrawalDecisionOutcome', { description: 'What happened to one withdrawal of a bulk decision' })
export class WithdrawalDecisionOutcome {
  @Field(() => ID, { description: 'The withdrawal as asked for' }) withdrawalId!: string;
  @Field(() => Boolean, { description: 'Whether the decision was applied' }) ok!: boolean;
  @Field(() => String, { nullable: true, description: 'Why not: NOT_FOUND or CONFLICT (not REQUESTED any more); null when applied' })
  errorCode!: string | null;
  @Field(() => String, { nullable: true, description: 'A readable reason when not applied' }) message!: string | null;
  @Field(() => WithdrawalView, { nullable: true, description: 'The withdrawal after the decision; null when not found' })
  withdrawal!: WithdrawalView | null;
}
