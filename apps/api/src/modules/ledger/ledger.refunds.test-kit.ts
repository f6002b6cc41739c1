import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from './ledger-accounts';
import { postJournal } from './ledger.post';
import { transactionalWithRetry } from '../../shared/transaction';

/** What a withdrawal request does to the books: AVAILABLE -> WITHDRAWING (INSUFFICIENT_BALANCE beyond what is available). */
export async function holdWithdrawal(em: EntityManager, participantId: string, amount: bigint): Promise<void> {
  const id = randomUUID();
  // As the withdrawal service does (withTransaction): a deadlock's victim is run again.
  await transactionalWithRetry(em, async (tx) => {
    await postJournal(tx, {
      kind: JournalKind.WITHDRAWAL_HOLD,
      source: { type: JournalSourceType.WITHDRAWAL, id },
      idempotencyKey: `withdrawal:${id}:hold`,
      entries: [
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId), amount: -amount },
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, participantId), amount },
      ],
    });
  });
}

/** The sum of every balance row: zero when the books balance. */
export async function sumOfAllBalances(em: EntityManager): Promise<bigint> {
  const [row] = await em.execute<{ total: string }[]>(`select coalesce(sum(balance), 0)::text as total from ledger_balance`);
  return BigInt(row!.total);
}
