import { randomUUID } from 'node:crypto';
import { CheckConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsufficientBalanceError } from '../../shared/errors';
import { accountId, isGuarded, type JournalKind, type JournalSourceType, type LedgerAccountRef } from './ledger-accounts';
import { ledgerCurrency } from './ledger-currency';

export interface JournalEntryInput {
  account: LedgerAccountRef;
  /** Signed minor units: what the account gains (+) or gives (-). The entries of a journal sum to zero. */
  amount: bigint;
}

export interface PostJournalInput {
  kind: JournalKind;
  source: { type: JournalSourceType; id: string };
  /** Unique in the database: posting the same key again is a no-op. */
  idempotencyKey: string;
  memo?: string | null;
  /** The user who caused it (an admin's adjustment); null for the system. */
  actorId?: string | null;
  entries: JournalEntryInput[];
}

/** The CHECK that keeps every participant account at zero or above (migration ..._ledger). */
const NOT_NEGATIVE = 'ledger_balance_not_negative';

/**
 * Posts one balanced journal in one statement: creates the accounts it names on first use, inserts the
 * journal with `on conflict (idempotency_key) do nothing`, and its entries only when the journal was
 * new; the balance rows follow by trigger in the same statement. A repeated key answers false and
 * changes nothing, without an error, so the caller's transaction goes on. A participant account that
 * would go below zero makes the statement fail with INSUFFICIENT_BALANCE (the caller's transaction is
 * then aborted, as it must be). The database checks the sum at commit as well.
 */
export async function postJournal(em: EntityManager, input: PostJournalInput): Promise<boolean> {
  return (await postJournals(em, [input])).size > 0;
}

/**
 * Posts many balanced journals in ONE statement, as postJournal does one; answers the idempotency keys
 * that were new (and so posted). The balance trigger runs once for the statement and locks every balance
 * row it touches in account order, so a batch never deadlocks with another batch or a single posting.
 */
export async function postJournals(em: EntityManager, inputs: readonly PostJournalInput[]): Promise<Set<string>> {
  if (inputs.length === 0) return new Set();
  const values: unknown[] = [];
  const sql = `with ${journalCtes(inputs, values)} select idempotency_key from journal`;
  try {
    const rows = await em.execute<{ idempotency_key: string }[]>(sql, values);
    return new Set(rows.map((r) => r.idempotency_key));
  } catch (error) {
    throw asInsufficientBalance(error) ?? error;
  }
}

/**
 * The common table expressions `new_accounts, journal, entry` that post `inputs` (postJournals' statement),
 * their parameters appended to `values`, for a caller that posts within a larger statement of its own (a
 * conversion's sale, lines, held lot and journal in one round trip). `gate`, when given, is a condition on
 * the journal rows `v` (columns id, kind, source_type, source_id, idempotency_key, memo, actor_id) they are
 * posted under (`v.source_id in (select id from sale_insert)`); `journal` answers the keys posted.
 * The rows travel as three JSON parameters, so the statement's text is the same whatever the number of
 * journals: a caller that prepares it (conversion-write.ts) plans it once per connection, not once per size.
 */
export function journalCtes(inputs: readonly PostJournalInput[], values: unknown[], gate = 'true'): string {
  for (const input of inputs) assertBalanced(input.entries);
  if (new Set(inputs.map((i) => i.idempotencyKey)).size !== inputs.length) throw new Error('a batch repeats an idempotency key');
  const currency = ledgerCurrency();
  const distinct = new Map(inputs.flatMap((input) => input.entries.map(({ account }) => [accountId(account), account] as const)));
  // In id order: two batches creating the same new accounts then wait for each other at the first one
  // they share instead of each holding an index entry the other needs (a deadlock seen in the bench).
  const accounts = [...distinct.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([id, account]) => ({ id, kind: account.kind, owner_id: account.ownerId, currency, guarded: isGuarded(account.kind) }));
  const journals = inputs.map((input) => ({
    id: randomUUID(),
    kind: input.kind,
    source_type: input.source.type,
    source_id: input.source.id,
    idempotency_key: input.idempotencyKey,
    memo: input.memo ?? null,
    actor_id: input.actorId ?? null,
  }));
  const entries = inputs.flatMap((input) =>
    input.entries.map(({ account, amount }) => ({
      idempotency_key: input.idempotencyKey,
      account_id: accountId(account),
      amount: amount.toString(),
    })),
  );
  values.push(JSON.stringify(accounts), JSON.stringify(journals), JSON.stringify(entries));
  return `new_accounts as (
      insert into ledger_account (id, kind, owner_id, currency, guarded)
      select * from jsonb_to_recordset(?::jsonb) as a (id uuid, kind ledger_account_kind, owner_id uuid, currency text, guarded boolean)
       order by a.id
      on conflict do nothing
    ), journal as (
      insert into ledger_journal (id, kind, source_type, source_id, idempotency_key, memo, actor_id)
      select * from jsonb_to_recordset(?::jsonb)
          as v (id uuid, kind ledger_journal_kind, source_type ledger_source_type, source_id uuid, idempotency_key text, memo text, actor_id uuid)
       where ${gate}
      on conflict (idempotency_key) do nothing returning id, idempotency_key
    ), entry as (
      insert into ledger_entry (journal_id, account_id, amount)
      select journal.id, v.account_id, v.amount
        from journal join jsonb_to_recordset(?::jsonb) as v (idempotency_key text, account_id uuid, amount bigint) using (idempotency_key)
    )`;
}

/** A participant balance that would go below zero, as the typed error; undefined for anything else. */
export function asInsufficientBalance(error: unknown): InsufficientBalanceError | undefined {
  if (error instanceof CheckConstraintViolationException && (error as { constraint?: string }).constraint === NOT_NEGATIVE) {
    return new InsufficientBalanceError();
  }
  if ((error as { code?: string; constraint?: string })?.constraint === NOT_NEGATIVE) return new InsufficientBalanceError();
  return undefined;
}

function assertBalanced(entries: JournalEntryInput[]): void {
  if (entries.length < 2) throw new Error('a journal needs at least two entries');
  if (entries.some((e) => e.amount === 0n)) throw new Error('a journal entry cannot be zero');
  if (entries.reduce((sum, e) => sum + e.amount, 0n) !== 0n) throw new Error('a journal must sum to zero');
}
