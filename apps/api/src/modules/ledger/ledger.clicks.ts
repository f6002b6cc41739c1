import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { brandLiability, JournalKind, JournalSourceType } from './ledger-accounts';
import { settleFirstCredit } from './ledger.debt';
import { postJournal } from './ledger.post';
import { inTransaction } from './ledger.postings';

/**
 * The ledger's interface for cost-per-click rewards (modules/clicks calls it inside its own transaction).
 * The one place a click reward is posted, so it settles a participant's debt first like every credit.
 */
export interface AccrueClickRewardInput {
  memberId: string;
  participantId: string;
  brandId: string;
  /** The UTC day the clicks happened, yyyy-mm-dd. */
  day: string;
  /** The reward for the day's unique clicks, minor units of the platform currency; 0 posts nothing. */
  amountMinor: bigint;
}

/** The journal's key: one accrual per member and UTC day, whatever runs it how often. */
export const clickAccrualKey = (memberId: string, day: string) => `clicks:${memberId}:${day}`;

/** A deterministic UUID (v5 layout) of the member and the day: the journal's source id. */
export function clickSourceId(memberId: string, day: string): string {
  const hex = createHash('sha256').update(`motiva-clicks:${memberId}:${day}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * ACCRUAL of a member's clicks of one day: the brand's liability -> the participant's AVAILABLE account at
 * once (a click cannot be refunded, so nothing is held), a debt settled first; source CLICKS, key
 * `clicks:<member>:<day>`. False when that key was posted before (also by a concurrent transaction) or the
 * amount is 0. Joins the caller's transaction.
 */
export async function accrueClickReward(em: EntityManager, input: AccrueClickRewardInput): Promise<boolean> {
  if (input.amountMinor < 0n) throw new Error(`member ${input.memberId}: a click reward cannot be negative`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day)) throw new Error(`not a day: ${input.day}`);
  if (input.amountMinor === 0n) return false;
  return inTransaction(em, async (tx) => {
    const key = clickAccrualKey(input.memberId, input.day);
    // Checked first so a repeat does not read the debt for nothing; the unique key decides a race.
    if ((await tx.execute(`select 1 from ledger_journal where idempotency_key = ?`, [key])).length > 0) return false;
    return postJournal(tx, {
      kind: JournalKind.ACCRUAL,
      source: { type: JournalSourceType.CLICKS, id: clickSourceId(input.memberId, input.day) },
      idempotencyKey: key,
      memo: `clicks of ${input.day}`,
      entries: [
        { account: brandLiability(input.brandId), amount: -input.amountMinor },
        ...(await settleFirstCredit(tx, input.participantId, input.amountMinor)),
      ],
    });
  });
}
