import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { pgUuidArray } from './ledger-accounts';
import type { Page, PageInput } from '../../shared/pagination';
import {
  accountId,
  LedgerAccountKind,
  participantAccount,
  PARTICIPANT_KINDS,
  type JournalKind,
  type JournalSourceType,
} from './ledger-accounts';
import { WalletBucket, type LedgerHistoryEntry } from './ledger.types';

const BUCKET: Record<string, WalletBucket> = {
  [LedgerAccountKind.PARTICIPANT_HELD]: WalletBucket.HELD,
  [LedgerAccountKind.PARTICIPANT_AVAILABLE]: WalletBucket.AVAILABLE,
  [LedgerAccountKind.PARTICIPANT_WITHDRAWING]: WalletBucket.WITHDRAWING,
  [LedgerAccountKind.PARTICIPANT_PAID_OUT]: WalletBucket.PAID_OUT,
};

interface HistoryRow {
  id: string;
  journal_id: string;
  amount: string;
  account_kind: string;
  currency: string;
  kind: JournalKind;
  source_type: JournalSourceType;
  source_id: string;
  memo: string | null;
  created_at: Date;
  total: string;
}

/**
 * A participant's entries on their own four accounts, newest first, in one statement of plain rows
 * (the total rides on each row as a window count). The entry index (account_id, id) serves the order.
 */
export async function participantHistory(em: EntityManager, participantId: string, page: PageInput): Promise<Page<LedgerHistoryEntry>> {
  const ids = PARTICIPANT_KINDS.map((kind) => accountId(participantAccount(kind, participantId)));
  const rows = await preparedQuery<HistoryRow>(
    em,
    'ledger_history',
    `select e.id::text, e.journal_id, e.amount::text, a.kind account_kind, a.currency, j.kind, j.source_type, j.source_id, j.memo,
            j.created_at, count(*) over () total
       from ledger_entry e join ledger_account a on a.id = e.account_id join ledger_journal j on j.id = e.journal_id
      where e.account_id = any($1::uuid[])
      order by e.id desc limit $2 offset $3`,
    [pgUuidArray(ids), page.limit, page.offset],
  );
  const total = rows.length ? Number(rows[0].total) : await countHistory(em, ids, page);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      journalId: r.journal_id,
      kind: r.kind,
      bucket: BUCKET[r.account_kind],
      amountMinor: r.amount,
      currency: r.currency,
      sourceType: r.source_type,
      sourceId: r.source_id,
      memo: r.memo,
      createdAt: new Date(r.created_at),
    })),
  };
}

/** A page past the end has no rows to carry the total: count separately (only then). */
async function countHistory(em: EntityManager, ids: string[], page: PageInput): Promise<number> {
  if (page.offset === 0) return 0;
  const [row] = await preparedQuery<{ n: string }>(
    em,
    'ledger_history_count',
    `select count(*) n from ledger_entry where account_id = any($1::uuid[])`,
    [pgUuidArray(ids)],
  );
  return Number(row.n);
}
