import type { MyLedgerHistoryQuery } from '@motiva/schema';

type Entry = MyLedgerHistoryQuery['myLedgerHistory']['items'][number];

/** One line of the participant's history: a journal, shown by the one of its entries that tells them most. */
export interface HistoryRow {
  journalId: string;
  entry: Entry;
  /** in: the money grew (green, "+"); out: it went down ("−"); paid: it left for the card (no sign). */
  tone: 'in' | 'out' | 'paid';
}

/**
 * What the participant reads first about a journal: the entry on their available balance, else on
 * the held one, else the paid-out one (a payout), else the one being withdrawn. A journal moves money between the
 * participant's own balances (a release: held to available; a payout: withdrawing to paid out), and
 * the ledger lists both sides; shown side by side, "+1,000 paid out" and "−1,000 being withdrawn" read
 * like two movements of money. One line per journal, on the balance that matters, reads like a bank
 * statement.
 */
const ORDER = ['AVAILABLE', 'HELD', 'PAID_OUT', 'WITHDRAWING'] as const;

export function historyRows(entries: readonly Entry[]): HistoryRow[] {
  const byJournal = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = byJournal.get(entry.journalId);
    if (group) group.push(entry);
    else byJournal.set(entry.journalId, [entry]);
  }
  return [...byJournal].map(([journalId, group]) => {
    const rank = (e: Entry) => ORDER.indexOf(e.bucket as (typeof ORDER)[number]);
    const entry = [...group].sort((a, b) => rank(a) - rank(b))[0]!;
    const tone = entry.bucket === 'PAID_OUT' ? 'paid' : entry.amountMinor.startsWith('-') ? 'out' : 'in';
    return { journalId, entry, tone };
  });
}
