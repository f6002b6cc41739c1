import type { EntityManager } from '@mikro-orm/postgresql';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from '../ledger/ledger-accounts';
import { postJournal } from '../ledger/ledger.post';
import type { Withdrawal } from './withdrawal.entities';

const account = (kind: Parameters<typeof participantAccount>[0], w: Withdrawal) => participantAccount(kind, w.participant.id);

/** WITHDRAWAL_RELEASE: a rejected or failed withdrawal's amount goes back to AVAILABLE (once per withdrawal). */
export function releaseHold(em: EntityManager, w: Withdrawal, memo: string): Promise<boolean> {
  return postJournal(em, {
    kind: JournalKind.WITHDRAWAL_RELEASE,
    source: { type: JournalSourceType.WITHDRAWAL, id: w.id },
    idempotencyKey: `withdrawal:${w.id}:release`,
    memo,
    entries: [
      { account: account(LedgerAccountKind.PARTICIPANT_WITHDRAWING, w), amount: -w.amountMinor },
      { account: account(LedgerAccountKind.PARTICIPANT_AVAILABLE, w), amount: w.amountMinor },
    ],
  });
}

/** PAYOUT: the paid amount leaves WITHDRAWING for PAID_OUT (once per withdrawal). */
export function postPayout(em: EntityManager, w: Withdrawal): Promise<boolean> {
  return postJournal(em, {
    kind: JournalKind.PAYOUT,
    source: { type: JournalSourceType.WITHDRAWAL, id: w.id },
    idempotencyKey: `withdrawal:${w.id}:payout`,
    entries: [
      { account: account(LedgerAccountKind.PARTICIPANT_WITHDRAWING, w), amount: -w.amountMinor },
      { account: account(LedgerAccountKind.PARTICIPANT_PAID_OUT, w), amount: w.amountMinor },
    ],
  });
}
