import type { EntityManager } from '@mikro-orm/postgresql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { brandLiability, JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from './ledger-accounts';
import { lockWallet, participantDebt } from './ledger.debt';
import type { JournalEntryInput } from './ledger.post';
import { postJournal } from './ledger.post';
import { inTransaction } from './ledger.postings';

export interface RefundReversalInput {
  saleId: string;
  refundId: string;
  /** The part of the reward this refund takes back, minor units; 0 posts nothing. */
  amountMinor: bigint;
  memo?: string | null;
}

/** Where a refund's reversal was taken from, minor units. */
export interface RefundReversal {
  fromHeld: bigint;
  fromAvailable: bigint;
  intoDebt: bigint;
}

interface LotRow {
  participant_id: string;
  brand_id: string;
  amount: string;
  released_at: string | null;
  reversed_at: string | null;
}

/**
 * REVERSAL of part of a sale's reward for one refund, key `refund:<saleId>:<refundId>`, source REFUND.
 * Before the release it comes out of HELD and the held lot shrinks (marked reversed when nothing is
 * left); after it, out of AVAILABLE as far as that goes and the rest into the participant's DEBT
 * (negative), never below zero anywhere: the lot and then the AVAILABLE/DEBT rows are locked first, so a
 * racing withdrawal or release waits. Joins the caller's transaction.
 */
export async function reverseForRefund(em: EntityManager, input: RefundReversalInput): Promise<RefundReversal> {
  const none: RefundReversal = { fromHeld: 0n, fromAvailable: 0n, intoDebt: 0n };
  if (input.amountMinor <= 0n) return none;
  return inTransaction(em, async (tx) => {
    const [lot] = await tx.execute<LotRow[]>(
      `select participant_id, brand_id, amount, released_at, reversed_at from ledger_held_lot where sale_id = ? for update`,
      [input.saleId],
    );
    if (!lot || lot.reversed_at) return none;
    const x = input.amountMinor;
    const p = lot.participant_id;
    let result: RefundReversal;
    const entries: JournalEntryInput[] = [{ account: brandLiability(lot.brand_id), amount: x }];
    if (!lot.released_at) {
      const left = BigInt(lot.amount);
      if (x > left) throw new Error(`sale ${input.saleId}: reversing ${x} of a held lot of ${left}`);
      entries.push({ account: participantAccount(LedgerAccountKind.PARTICIPANT_HELD, p), amount: -x });
      result = { fromHeld: x, fromAvailable: 0n, intoDebt: 0n };
      if (x === left) await tx.execute(`update ledger_held_lot set reversed_at = now() where sale_id = ?`, [input.saleId]);
      else await tx.execute(`update ledger_held_lot set amount = amount - ?::bigint where sale_id = ?`, [x.toString(), input.saleId]);
    } else {
      const { available } = await lockWallet(tx, p);
      const fromAvailable = available < x ? (available > 0n ? available : 0n) : x;
      if (fromAvailable > 0n)
        entries.push({ account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, p), amount: -fromAvailable });
      if (x - fromAvailable > 0n) entries.push({ account: participantDebt(p), amount: -(x - fromAvailable) });
      result = { fromHeld: 0n, fromAvailable, intoDebt: x - fromAvailable };
    }
    const posted = await postJournal(tx, {
      kind: JournalKind.REVERSAL,
      source: { type: JournalSourceType.REFUND, id: input.saleId },
      idempotencyKey: `refund:${input.saleId}:${input.refundId}`,
      memo: input.memo?.slice(0, FIELD_LIMITS.ledgerMemo) ?? null,
      entries,
    });
    if (!posted) throw new Error(`refund ${input.refundId} of sale ${input.saleId} was posted before`);
    return result;
  });
}
