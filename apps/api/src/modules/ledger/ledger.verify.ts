import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface UnbalancedJournal {
  journalId: string;
  idempotencyKey: string;
  /** Sum of the journal's entries in minor units (should be 0), and how many it has (should be 2 or more). */
  sum: bigint;
  entries: number;
}

export interface BalanceMismatch {
  accountId: string;
  kind: string;
  ownerId: string | null;
  /** What the balance rows say, and what the entries add up to (minor units). */
  stored: bigint;
  computed: bigint;
}

export interface LedgerVerification {
  accountsChecked: number;
  journalsChecked: number;
  entriesChecked: number;
  unbalancedJournals: UnbalancedJournal[];
  balanceMismatches: BalanceMismatch[];
  /** Participant accounts below zero (the CHECK forbids it; listed in case it was ever bypassed). */
  negativeParticipantAccounts: string[];
  ok: boolean;
}

/** How many findings of each kind the report lists; the counts above are exact either way. */
const MAX_FINDINGS = 100;

/**
 * Recomputes every balance from the entries and checks every journal: the one verifier, run by admins
 * (verifyLedger) and by the tests after each step. Reads in one REPEATABLE READ snapshot when it opens
 * its own transaction, so postings committing meanwhile cannot make entries and balances disagree.
 */
export async function verifyLedger(em: EntityManager): Promise<LedgerVerification> {
  const run = async (tx: EntityManager): Promise<LedgerVerification> => {
    const [counts] = await tx.execute<{ accounts: string; journals: string; entries: string }[]>(
      `select (select count(*) from ledger_account) accounts, (select count(*) from ledger_journal) journals,
              (select count(*) from ledger_entry) entries`,
    );
    const unbalanced = await tx.execute<{ id: string; idempotency_key: string; total: string; lines: string }[]>(
      `select j.id, j.idempotency_key, coalesce(sum(e.amount), 0) total, count(e.id) lines
         from ledger_journal j left join ledger_entry e on e.journal_id = j.id
        group by j.id having coalesce(sum(e.amount), 0) <> 0 or count(e.id) < 2
        order by j.created_at limit ${MAX_FINDINGS}`,
    );
    const mismatches = await tx.execute<{ id: string; kind: string; owner_id: string | null; stored: string; computed: string }[]>(
      `select a.id, a.kind, a.owner_id, coalesce(b.stored, 0) stored, coalesce(e.computed, 0) computed
         from ledger_account a
         left join (select account_id, sum(balance) stored from ledger_balance group by account_id) b on b.account_id = a.id
         left join (select account_id, sum(amount) computed from ledger_entry group by account_id) e on e.account_id = a.id
        where coalesce(b.stored, 0) <> coalesce(e.computed, 0)
        order by a.id limit ${MAX_FINDINGS}`,
    );
    const negative = await tx.execute<{ account_id: string }[]>(
      // A participant account out of its bound: a guarded one below zero, or a debt above zero (owed to them).
      `select account_id from ledger_balance where (guarded and balance < 0) or (debt and balance > 0) order by account_id limit ${MAX_FINDINGS}`,
    );
    const report: LedgerVerification = {
      accountsChecked: Number(counts.accounts),
      journalsChecked: Number(counts.journals),
      entriesChecked: Number(counts.entries),
      unbalancedJournals: unbalanced.map((r) => ({
        journalId: r.id,
        idempotencyKey: r.idempotency_key,
        sum: BigInt(r.total),
        entries: Number(r.lines),
      })),
      balanceMismatches: mismatches.map((r) => ({
        accountId: r.id,
        kind: r.kind,
        ownerId: r.owner_id,
        stored: BigInt(r.stored),
        computed: BigInt(r.computed),
      })),
      negativeParticipantAccounts: negative.map((r) => r.account_id),
      ok: false,
    };
    report.ok = !report.unbalancedJournals.length && !report.balanceMismatches.length && !report.negativeParticipantAccounts.length;
    return report;
  };
  if (em.isInTransaction()) return run(em);
  return em.transactional((tx) => run(tx as EntityManager), { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
}
