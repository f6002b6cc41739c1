import { createHash } from 'node:crypto';

/** The kinds of ledger account (enum ledger_account_kind in the database). */
export enum LedgerAccountKind {
  /** A participant's rewards waiting for their holding period to end. */
  PARTICIPANT_HELD = 'PARTICIPANT_HELD',
  /** A participant's rewards they may withdraw. */
  PARTICIPANT_AVAILABLE = 'PARTICIPANT_AVAILABLE',
  /** A participant's amount held by withdrawals on their way to a card. */
  PARTICIPANT_WITHDRAWING = 'PARTICIPANT_WITHDRAWING',
  /** What a participant has been paid out to cards, ever. */
  PARTICIPANT_PAID_OUT = 'PARTICIPANT_PAID_OUT',
  /** What a brand owes for the rewards its promotions accrued (negative: a liability). */
  BRAND_LIABILITY = 'BRAND_LIABILITY',
  /** The platform's counter-account for admin adjustments. */
  PLATFORM_ADJUSTMENTS = 'PLATFORM_ADJUSTMENTS',
  /**
   * What a participant owes after a refund reversed points they had already withdrawn: zero or below
   * (a debt is negative). Later accruals settle it before anything becomes available.
   */
  PARTICIPANT_DEBT = 'PARTICIPANT_DEBT',
}

export enum JournalKind {
  ACCRUAL = 'ACCRUAL',
  RELEASE = 'RELEASE',
  WITHDRAWAL_HOLD = 'WITHDRAWAL_HOLD',
  PAYOUT = 'PAYOUT',
  WITHDRAWAL_RELEASE = 'WITHDRAWAL_RELEASE',
  REVERSAL = 'REVERSAL',
  ADJUSTMENT = 'ADJUSTMENT',
}

export enum JournalSourceType {
  SALE = 'SALE',
  WITHDRAWAL = 'WITHDRAWAL',
  ADJUSTMENT = 'ADJUSTMENT',
  /** A member's unique clicks of one day under a cost-per-click option. */
  CLICKS = 'CLICKS',
  /** A brand's refund of a tracked order. */
  REFUND = 'REFUND',
}

/** The participant's own accounts; the CHECK keeps each of them at zero or above. */
export const PARTICIPANT_KINDS = [
  LedgerAccountKind.PARTICIPANT_HELD,
  LedgerAccountKind.PARTICIPANT_AVAILABLE,
  LedgerAccountKind.PARTICIPANT_WITHDRAWING,
  LedgerAccountKind.PARTICIPANT_PAID_OUT,
] as const;

export interface LedgerAccountRef {
  kind: LedgerAccountKind;
  /** The participant or brand; null for platform accounts. */
  ownerId: string | null;
}

const NAMESPACE = 'motiva-ledger-account';

/**
 * An account's id is derived from what it is (kind and owner), like a UUID v5: a posting names its
 * accounts without looking them up, and creates them on first use in the same statement.
 */
export function accountId({ kind, ownerId }: LedgerAccountRef): string {
  const hex = createHash('sha256')
    .update(`${NAMESPACE}:${kind}:${ownerId ?? ''}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isGuarded(kind: LedgerAccountKind): boolean {
  return (PARTICIPANT_KINDS as readonly LedgerAccountKind[]).includes(kind);
}

export const participantAccount = (kind: (typeof PARTICIPANT_KINDS)[number], participantId: string): LedgerAccountRef => ({
  kind,
  ownerId: participantId,
});
export const brandLiability = (brandId: string): LedgerAccountRef => ({ kind: LedgerAccountKind.BRAND_LIABILITY, ownerId: brandId });
export const platformAdjustments: LedgerAccountRef = { kind: LedgerAccountKind.PLATFORM_ADJUSTMENTS, ownerId: null };

/**
 * Ids as one PostgreSQL array literal: inside a transaction the query runs through knex, which would
 * spread a JS array into a list of placeholders.
 */
export function pgUuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
