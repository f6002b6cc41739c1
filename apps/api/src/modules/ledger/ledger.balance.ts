import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { pgUuidArray } from './ledger-accounts';
import { accountId, LedgerAccountKind, participantAccount, PARTICIPANT_KINDS } from './ledger-accounts';

export interface ParticipantBalances {
  held: bigint;
  available: bigint;
  withdrawing: bigint;
  paidOut: bigint;
  /** What the participant owes after refunds of withdrawn points: zero or negative. */
  debt: bigint;
}

/**
 * A participant's four balances and their debt in O(1): one indexed read of at most five balance rows (their ids are
 * derived, no account lookup), however many entries the accounts have. A participant with no postings
 * has no rows and reads zero.
 */
export async function readParticipantBalances(em: EntityManager, participantId: string): Promise<ParticipantBalances> {
  const debtId = accountId({ kind: LedgerAccountKind.PARTICIPANT_DEBT, ownerId: participantId });
  const ids = [...PARTICIPANT_KINDS.map((kind) => accountId(participantAccount(kind, participantId))), debtId];
  const rows = await preparedQuery<{ account_id: string; balance: string }>(
    em,
    'ledger_participant_balances',
    `select account_id, balance from ledger_balance where account_id = any($1::uuid[])`,
    [pgUuidArray(ids)],
  );
  const byId = new Map(rows.map((r) => [r.account_id, BigInt(r.balance)]));
  const of = (kind: LedgerAccountKind) =>
    byId.get(accountId(participantAccount(kind as (typeof PARTICIPANT_KINDS)[number], participantId))) ?? 0n;
  return {
    held: of(LedgerAccountKind.PARTICIPANT_HELD),
    available: of(LedgerAccountKind.PARTICIPANT_AVAILABLE),
    withdrawing: of(LedgerAccountKind.PARTICIPANT_WITHDRAWING),
    paidOut: of(LedgerAccountKind.PARTICIPANT_PAID_OUT),
    debt: byId.get(debtId) ?? 0n,
  };
}

/** The participant's held lots still waiting, soonest first, at most `limit`. */
export async function upcomingReleases(
  em: EntityManager,
  participantId: string,
  limit: number,
): Promise<{ releaseAt: Date; amount: bigint }[]> {
  const rows = await preparedQuery<{ release_at: Date; amount: string }>(
    em,
    'ledger_upcoming_releases',
    `select release_at, amount from ledger_held_lot
      where participant_id = $1 and released_at is null and reversed_at is null order by release_at, sale_id limit $2`,
    [participantId, limit],
  );
  return rows.map((r) => ({ releaseAt: new Date(r.release_at), amount: BigInt(r.amount) }));
}
