import type { EntityManager } from '@mikro-orm/postgresql';
import { brandLiability, JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from './ledger-accounts';
import { enqueueManyInTransaction } from '../../jobs/enqueue-in-transaction';
import { postJournal, postJournals, type PostJournalInput } from './ledger.post';
import { settleFirstCredit } from './ledger.debt';
import { FIELD_LIMITS } from '../../shared/field-limits';

/**
 * The ledger's interface for sales: the sales feature calls these inside its own transaction (approval,
 * refund). Each is idempotent by the sale: a repeat, also a concurrent one, posts nothing and answers false.
 */

export interface AccrueSaleRewardInput {
  saleId: string;
  participantId: string;
  brandId: string;
  /** The reward in minor units of the platform currency; 0 posts nothing. */
  amountMinor: bigint;
  /** When the holding period ends; now or earlier releases at once (still through the job). */
  releaseAt: Date;
}

/**
 * ACCRUAL: the brand's liability -> the participant's HELD account, key `sale:<id>:accrual`. Records the
 * held lot with its release time and enqueues its release job for that time, in the caller's transaction.
 */
export async function accrueSaleReward(em: EntityManager, input: AccrueSaleRewardInput): Promise<boolean> {
  return (await accrueSaleRewards(em, [input])).has(input.saleId);
}

/**
 * accrueSaleReward for many sales in three statements whatever their number (the held lots, the
 * journals, the release jobs), for a moderator's page of approvals. Answers the sale ids posted now; a
 * sale accrued before (its lot exists) is skipped, also when another transaction accrues it concurrently:
 * the lot's primary key makes the later insert wait for the earlier commit and then skip it.
 */
export async function accrueSaleRewards(em: EntityManager, inputs: readonly AccrueSaleRewardInput[]): Promise<Set<string>> {
  for (const input of inputs) if (input.amountMinor < 0n) throw new Error(`sale ${input.saleId}: a reward cannot be negative`);
  const payable = inputs.filter((input) => input.amountMinor > 0n);
  if (payable.length === 0) return new Set();
  return inTransaction(em, async (tx) => {
    const values = payable.flatMap((i) => [i.saleId, i.participantId, i.brandId, i.amountMinor.toString(), i.releaseAt]);
    const lots = await tx.execute<{ sale_id: string }[]>(
      `insert into ledger_held_lot (sale_id, participant_id, brand_id, amount, release_at)
       values ${payable.map(() => '(?::uuid, ?::uuid, ?::uuid, ?::bigint, ?::timestamptz)').join(', ')}
       on conflict (sale_id) do nothing returning sale_id`,
      values,
    );
    const newLots = new Set(lots.map((l) => l.sale_id));
    const fresh = payable.filter((i) => newLots.has(i.saleId));
    const keys = await postJournals(tx, fresh.map(accrualJournal));
    const posted = fresh.filter((input) => keys.has(accrualKey(input.saleId)));
    await enqueueManyInTransaction(
      tx,
      posted.map((input) => ({
        name: 'ledger.release' as const,
        data: { saleId: input.saleId },
        options: { startAfter: input.releaseAt, singletonKey: `sale:${input.saleId}:release` },
      })),
    );
    return new Set(posted.map((input) => input.saleId));
  });
}

const accrualKey = (saleId: string) => `sale:${saleId}:accrual`;

/** A sale's ACCRUAL journal: the reward from the brand's liability into the participant's HELD account, key `sale:<id>:accrual`. */
export function accrualJournal(
  input: Pick<AccrueSaleRewardInput, 'saleId' | 'participantId' | 'brandId' | 'amountMinor'>,
): PostJournalInput {
  return {
    kind: JournalKind.ACCRUAL,
    source: { type: JournalSourceType.SALE, id: input.saleId },
    idempotencyKey: accrualKey(input.saleId),
    entries: [
      { account: brandLiability(input.brandId), amount: -input.amountMinor },
      { account: participantAccount(LedgerAccountKind.PARTICIPANT_HELD, input.participantId), amount: input.amountMinor },
    ],
  };
}

export interface ReverseSaleRewardInput {
  saleId: string;
  /** Why (a refund, a moderator's correction); kept as the journal's memo, cut to its column's length. */
  reason: string;
}

/**
 * REVERSAL of what the sale accrued, from wherever it is now: HELD before its release, AVAILABLE after,
 * back to the brand's liability; key `sale:<id>:reversal`. False when the sale accrued nothing or was
 * already reversed. When the participant has already withdrawn it, the AVAILABLE account cannot cover it
 * and the call throws INSUFFICIENT_BALANCE (the caller's transaction rolls back; nothing is reversed).
 */
export async function reverseSaleReward(em: EntityManager, input: ReverseSaleRewardInput): Promise<boolean> {
  return inTransaction(em, async (tx) => {
    const lot = await lockLot(tx, input.saleId);
    if (!lot || lot.reversed_at) return false;
    const from = lot.released_at ? LedgerAccountKind.PARTICIPANT_AVAILABLE : LedgerAccountKind.PARTICIPANT_HELD;
    const amount = BigInt(lot.amount);
    const posted = await postJournal(tx, {
      kind: JournalKind.REVERSAL,
      source: { type: JournalSourceType.SALE, id: input.saleId },
      idempotencyKey: `sale:${input.saleId}:reversal`,
      memo: input.reason.trim().slice(0, FIELD_LIMITS.ledgerMemo) || null,
      entries: [
        { account: participantAccount(from, lot.participant_id), amount: -amount },
        { account: brandLiability(lot.brand_id), amount },
      ],
    });
    await tx.execute(`update ledger_held_lot set reversed_at = now() where sale_id = ?`, [input.saleId]);
    return posted;
  });
}

/**
 * RELEASE of one held lot whose time has come: HELD -> AVAILABLE (after settling any debt: HELD -> DEBT
 * first), key `sale:<id>:release`. Idempotent:
 * a lot released, reversed or not yet due is left alone (false).
 */
export async function releaseSaleReward(em: EntityManager, saleId: string, now = new Date()): Promise<boolean> {
  return inTransaction(em, async (tx) => {
    const lot = await lockLot(tx, saleId);
    if (!lot || lot.released_at || lot.reversed_at || new Date(lot.release_at) > now) return false;
    const amount = BigInt(lot.amount);
    const posted = await postJournal(tx, {
      kind: JournalKind.RELEASE,
      source: { type: JournalSourceType.SALE, id: saleId },
      idempotencyKey: `sale:${saleId}:release`,
      // Settle-first: a debt from refunds of withdrawn points is paid back before anything becomes available.
      entries: [
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_HELD, lot.participant_id), amount: -amount },
        ...(await settleFirstCredit(tx, lot.participant_id, amount)),
      ],
    });
    await tx.execute(`update ledger_held_lot set released_at = now() where sale_id = ?`, [saleId]);
    return posted;
  });
}

/** Sale ids of held lots due for release, oldest first: what the sweep releases. */
export async function dueHeldLots(em: EntityManager, now: Date, limit: number): Promise<string[]> {
  const rows = await em.execute<{ sale_id: string }[]>(
    `select sale_id from ledger_held_lot where released_at is null and reversed_at is null and release_at <= ? order by release_at limit ?`,
    [now, limit],
  );
  return rows.map((r) => r.sale_id);
}

interface LotRow {
  participant_id: string;
  brand_id: string;
  amount: string;
  release_at: string | Date;
  released_at: string | null;
  reversed_at: string | null;
}

async function lockLot(em: EntityManager, saleId: string): Promise<LotRow | undefined> {
  const rows = await em.execute<LotRow[]>(
    `select participant_id, brand_id, amount, release_at, released_at, reversed_at from ledger_held_lot where sale_id = ? for update`,
    [saleId],
  );
  return rows[0];
}

/** Joins the caller's transaction, or opens one: a posting and its bookkeeping commit together. */
export function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.isInTransaction() ? work(em) : em.transactional((tx) => work(tx as EntityManager));
}
