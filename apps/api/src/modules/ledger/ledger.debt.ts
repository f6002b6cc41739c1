import type { EntityManager } from '@mikro-orm/postgresql';
import { accountId, LedgerAccountKind, participantAccount, pgUuidArray, type LedgerAccountRef } from './ledger-accounts';
import type { JournalEntryInput } from './ledger.post';

/** What a participant owes after refunds of withdrawn points: zero or below, one balance row (slot 0). */
export const participantDebt = (participantId: string): LedgerAccountRef => ({
  kind: LedgerAccountKind.PARTICIPANT_DEBT,
  ownerId: participantId,
});

export interface LockedWallet {
  available: bigint;
  /** Zero or negative. */
  debt: bigint;
}

/**
 * Locks the participant's AVAILABLE and DEBT balance rows (in account id order, the order the balance
 * trigger locks in, so two postings wait instead of deadlocking) and reads them. Missing rows read zero.
 */
export async function lockWallet(em: EntityManager, participantId: string): Promise<LockedWallet> {
  const availableId = accountId(participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId));
  const debtId = accountId(participantDebt(participantId));
  const rows = await em.execute<{ account_id: string; balance: string }[]>(
    `select account_id, balance from ledger_balance where account_id = any(?::uuid[]) and slot = 0 order by account_id for update`,
    [pgUuidArray([availableId, debtId])],
  );
  const of = (id: string) => BigInt(rows.find((r) => r.account_id === id)?.balance ?? '0');
  return { available: of(availableId), debt: of(debtId) };
}

/**
 * Settle-first: the entries that credit `amount` to a participant, moving min(amount, debt) into the
 * DEBT account first and only the rest to AVAILABLE. The caller adds the counter entry (-amount) and
 * posts them as one journal, in the transaction this locked the rows in.
 */
export async function settleFirstCredit(em: EntityManager, participantId: string, amount: bigint): Promise<JournalEntryInput[]> {
  if (amount <= 0n) throw new Error('a credit must be positive');
  const { debt } = await lockWallet(em, participantId);
  const settle = -debt < amount ? -debt : amount;
  const entries: JournalEntryInput[] = [];
  if (settle > 0n) entries.push({ account: participantDebt(participantId), amount: settle });
  if (amount - settle > 0n) {
    entries.push({ account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId), amount: amount - settle });
  }
  return entries;
}

/** The orders whose refunds made the debt (the latest five), as one sentence for the balance card. */
export async function debtReasonOf(em: EntityManager, participantId: string): Promise<string> {
  const rows = await em.execute<{ order_id: string }[]>(
    `select s.order_id from ledger_entry e join ledger_journal j on j.id = e.journal_id join sale s on s.id = j.source_id
      where e.account_id = ? and e.amount < 0 and j.source_type = 'REFUND' and s.order_id is not null
      group by s.order_id order by max(e.id) desc limit 5`,
    [accountId(participantDebt(participantId))],
  );
  const orders = rows.map((r) => r.order_id);
  return orders.length
    ? `Refunds of order${orders.length > 1 ? 's' : ''} ${orders.join(', ')} after their reward was withdrawn`
    : 'Refunds after the reward was withdrawn';
}
