import type { EntityManager } from '@mikro-orm/postgresql';
import { brandLiability, JournalKind, JournalSourceType } from './ledger-accounts';
import { settleFirstCredit } from './ledger.debt';
import { postJournal } from './ledger.post';
import { inTransaction } from './ledger.postings';

export interface AccrueClickRewardInput {
  memberId: string;
  participantId: string;
  brandId: string;
  /** The UTC day the clicks were made, YYYY-MM-DD. */
  day: string;
  /** The reward for the day's unique clicks, minor units; 0 posts nothing. */
  amountMinor: bigint;
}

/**
 * A member's pay for one day's unique clicks (cost-per-click): BRAND_LIABILITY -> AVAILABLE at once,
 * settling the participant's debt first; key `clicks:<memberId>:<day>`, so a day is paid once (false on a
 * repeat, also a concurrent one). Joins the caller's transaction.
 */
export async function accrueClickReward(em: EntityManager, input: AccrueClickRewardInput): Promise<boolean> {
  if (input.amountMinor < 0n) throw new Error('a click reward cannot be negative');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day)) throw new Error(`not a day: ${input.day}`);
  if (input.amountMinor === 0n) return false;
  return inTransaction(em, async (tx) => {
    const key = `clicks:${input.memberId}:${input.day}`;
    if ((await tx.execute(`select 1 from ledger_journal where idempotency_key = ?`, [key])).length > 0) return false;
    return postJournal(tx, {
      kind: JournalKind.ACCRUAL,
      source: { type: JournalSourceType.CLICKS, id: input.memberId },
      idempotencyKey: key,
      entries: [
        { account: brandLiability(input.brandId), amount: -input.amountMinor },
        ...(await settleFirstCredit(tx, input.participantId, input.amountMinor)),
      ],
    });
  });
}
