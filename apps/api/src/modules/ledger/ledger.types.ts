import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/money';
import { Paginated } from '../../shared/pagination';
import { JournalKind, JournalSourceType } from './ledger-accounts';

/** The participant-side accounts as a participant sees them. */
export enum WalletBucket {
  HELD = 'HELD',
  AVAILABLE = 'AVAILABLE',
  WITHDRAWING = 'WITHDRAWING',
  PAID_OUT = 'PAID_OUT',
}

registerEnumType(WalletBucket, {
  name: 'WalletBucket',
  description: "Which of a participant's balances an entry moved",
  valuesConfig: {
    HELD: { description: 'Rewards waiting for the holding period to end' },
    AVAILABLE: { description: 'Rewards that may be withdrawn' },
    WITHDRAWING: { description: 'Held by withdrawals on their way to a card' },
    PAID_OUT: { description: 'Paid out to cards' },
  },
});

registerEnumType(JournalKind, {
  name: 'LedgerJournalKind',
  description: 'What a ledger journal did',
  valuesConfig: {
    ACCRUAL: { description: "An approved sale's reward, into HELD" },
    RELEASE: { description: 'The holding period ended: HELD to AVAILABLE' },
    WITHDRAWAL_HOLD: { description: 'A withdrawal was requested: AVAILABLE to WITHDRAWING' },
    PAYOUT: { description: 'A withdrawal was paid: WITHDRAWING to PAID_OUT' },
    WITHDRAWAL_RELEASE: { description: 'A withdrawal was rejected or failed: WITHDRAWING back to AVAILABLE' },
    REVERSAL: { description: "A sale's reward was taken back (a refund)" },
    ADJUSTMENT: { description: "An administrator's credit or debit, with a reason" },
  },
});

registerEnumType(JournalSourceType, {
  name: 'LedgerSourceType',
  description: 'What a ledger journal is about',
  valuesConfig: {
    SALE: { description: 'A sale (accrual, release, reversal)' },
    WITHDRAWAL: { description: 'A withdrawal (hold, payout, release)' },
    ADJUSTMENT: { description: "An administrator's adjustment" },
    CLICKS: { description: "A member's unique clicks of one day (cost per click)" },
    REFUND: { description: "A brand's refund of a tracked order" },
  },
});

@ObjectType('WalletSettings', { description: 'How the portals show points and money: one unit for both' })
export class WalletSettings {
  @Field(() => String, { description: 'ISO 4217 code of every ledger amount, e.g. RUB' }) currency!: string;
  @Field(() => Int, { description: 'Minor units in one point: 100 means 1 point = 1 rouble' }) minorUnitsPerPoint!: number;
  @Field(() => Money, { description: 'The smallest amount one withdrawal may ask for' }) minWithdrawal!: Money;
}

@ObjectType('UpcomingRelease', { description: 'Held rewards that become available at one time' })
export class UpcomingRelease {
  @Field(() => Date, { description: 'When they become available (UTC)' }) releaseAt!: Date;
  @Field(() => Money, { description: 'How much becomes available then' }) amount!: Money;
}

@ObjectType('WalletBalance', { description: "A participant's balances, read in constant time from the ledger's balance rows" })
export class WalletBalance {
  @Field(() => ID, { description: 'The participant' }) participantId!: string;
  @Field(() => Money, { description: 'What may be withdrawn now' }) available!: Money;
  @Field(() => Money, { description: 'Rewards still in their holding period' }) held!: Money;
  @Field(() => Money, { description: 'Held by withdrawals not yet paid' }) withdrawing!: Money;
  @Field(() => Money, { description: 'Paid out to cards, ever' }) paidOut!: Money;
  @Field(() => Money, { description: 'Everything earned and kept: available + held + withdrawing + paid out - debt' })
  lifetimeEarned!: Money;
  @Field(() => [UpcomingRelease], { description: 'The next releases of held rewards, soonest first (at most 20)' })
  upcomingReleases!: UpcomingRelease[];
  @Field(() => Money, {
    description:
      'What the participant owes after refunds of already withdrawn points, minor units; 0 when none, never negative. Later rewards pay it back first',
  })
  debt!: Money;
  @Field(() => String, { nullable: true, description: 'Why there is a debt (the refunded orders behind it); null when there is none' })
  debtReason!: string | null;
}

@ObjectType('LedgerHistoryEntry', { description: "One movement of one of a participant's balances" })
export class LedgerHistoryEntry {
  @Field(() => ID, { description: 'The entry (its ledger sequence number)' }) id!: string;
  @Field(() => ID, { description: 'The journal it belongs to' }) journalId!: string;
  @Field(() => JournalKind, { description: 'What the journal did' }) kind!: JournalKind;
  @Field(() => WalletBucket, { description: 'Which balance moved' }) bucket!: WalletBucket;
  @Field(() => String, { description: 'Signed integer minor units as a decimal string: + into the balance, - out of it' })
  amountMinor!: string;
  @Field(() => String, { description: 'ISO 4217 code of the amount' }) currency!: string;
  @Field(() => JournalSourceType, { description: 'What the journal is about' }) sourceType!: JournalSourceType;
  @Field(() => ID, { description: 'The sale, withdrawal or adjustment' }) sourceId!: string;
  @Field(() => String, { nullable: true, description: "An adjustment's or reversal's reason; null for the others" }) memo!: string | null;
  @Field(() => Date, { description: 'When it was posted (UTC)' }) createdAt!: Date;
}

@ObjectType('LedgerHistoryPage', { description: "One page of a participant's ledger history, newest first" })
export class LedgerHistoryPage extends Paginated(LedgerHistoryEntry) {}

@ObjectType('UnbalancedJournal', { description: 'A journal whose entries do not sum to zero, or that has fewer than two' })
export class UnbalancedJournalType {
  @Field(() => ID, { description: 'The journal' }) journalId!: string;
  @Field(() => String, { description: "The journal's idempotency key" }) idempotencyKey!: string;
  @Field(() => String, { description: 'Sum of its entries, signed minor units as a decimal string (should be 0)' }) sumMinor!: string;
  @Field(() => Int, { description: 'How many entries it has (should be 2 or more)' }) entries!: number;
}

@ObjectType('BalanceMismatch', { description: "An account whose balance rows differ from its entries' sum" })
export class BalanceMismatchType {
  @Field(() => ID, { description: 'The ledger account' }) accountId!: string;
  @Field(() => String, { description: 'The account kind, e.g. PARTICIPANT_AVAILABLE' }) kind!: string;
  @Field(() => ID, { nullable: true, description: 'The participant or brand; null for a platform account' }) ownerId!: string | null;
  @Field(() => String, { description: 'What the balance rows hold, signed minor units' }) storedMinor!: string;
  @Field(() => String, { description: 'What the entries sum to, signed minor units' }) computedMinor!: string;
}

@ObjectType('LedgerVerification', { description: 'The ledger verifier’s report: every balance recomputed from the entries' })
export class LedgerVerificationReport {
  @Field(() => Boolean, { description: 'True when nothing below was found' }) ok!: boolean;
  @Field(() => Int, { description: 'Accounts checked' }) accountsChecked!: number;
  @Field(() => Int, { description: 'Journals checked' }) journalsChecked!: number;
  @Field(() => Int, { description: 'Entries summed' }) entriesChecked!: number;
  @Field(() => [UnbalancedJournalType], { description: 'Unbalanced journals (at most 100 listed)' })
  unbalancedJournals!: UnbalancedJournalType[];
  @Field(() => [BalanceMismatchType], { description: 'Balances that differ from the entries (at most 100 listed)' })
  balanceMismatches!: BalanceMismatchType[];
  @Field(() => [ID], { description: 'Participant accounts out of bounds: below zero, or a debt above zero (at most 100 listed)' })
  negativeParticipantAccounts!: string[];
  @Field(() => Date, { description: 'When the check ran (UTC)' }) checkedAt!: Date;
}
