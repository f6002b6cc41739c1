import { BigIntType, Entity, Enum, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { User } from '../identity/user.entity';
import { Participant } from '../participants/participant.entity';

export enum WithdrawalStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
  FAILED = 'FAILED',
}

registerEnumType(WithdrawalStatus, {
  name: 'WithdrawalStatus',
  description: 'Where a withdrawal is',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; the amount is held (WITHDRAWING) until an admin decides' },
    APPROVED: { description: 'Approved and on its way to the payout provider' },
    REJECTED: { description: 'Refused by an admin; the amount is available again' },
    PAID: { description: 'Paid out to the card' },
    FAILED: { description: 'The provider declined or did not answer; the amount is available again' },
  },
});

/** A participant's card as the payout provider tokenized it: never the number, only what identifies it to its owner. */
@Entity({ tableName: 'payout_card' })
export class PayoutCard extends BaseEntity {
  @ManyToOne(() => Participant)
  participant!: Participant;

  @Property({ type: 'string', length: 32 })
  provider!: string;

  /** The provider's token; never leaves the API. */
  @Property({ type: 'string', length: 200 })
  providerToken!: string;

  @Property({ type: 'string', length: 4 })
  last4!: string;

  @Property({ type: 'string', length: 20 })
  cardBrand!: string;

  @Property({ type: 'smallint' })
  expiryMonth!: number;

  @Property({ type: 'smallint' })
  expiryYear!: number;

  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date | null;
}

@Entity({ tableName: 'withdrawal' })
export class Withdrawal extends BaseEntity {
  @ManyToOne(() => Participant)
  participant!: Participant;

  @ManyToOne(() => PayoutCard)
  card!: PayoutCard;

  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Property({ type: 'string', length: FIELD_LIMITS.currency })
  currency!: string;

  @Enum({ items: () => WithdrawalStatus, nativeEnumName: 'withdrawal_status' })
  status: WithdrawalStatus & Opt = WithdrawalStatus.REQUESTED;

  @Property({ type: 'string', length: FIELD_LIMITS.idempotencyKey })
  idempotencyKey!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  providerReference?: string | null;

  @Property({ type: 'string', length: FIELD_LIMITS.withdrawalReason, nullable: true })
  failureReason?: string | null;

  @Property({ type: 'string', length: FIELD_LIMITS.withdrawalReason, nullable: true })
  rejectionReason?: string | null;

  @Property({ type: 'integer' })
  payoutAttempts: number & Opt = 0;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;
}
