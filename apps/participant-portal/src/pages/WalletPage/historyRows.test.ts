import { describe, expect, it } from 'vitest';
import { historyRows } from './historyRows';

const entry = (journalId: string, kind: string, bucket: string, amountMinor: string) =>
  ({
    id: `${journalId}-${bucket}`,
    journalId,
    kind,
    bucket,
    amountMinor,
    currency: 'RUB',
    memo: null,
    createdAt: '2026-12-03T08:00:00Z',
    sourceType: 'SALE',
    sourceId: 's1',
  }) as never;

describe('historyRows', () => {
  it('shows each journal once, on the balance the participant reads first', () => {
    const rows = historyRows([
      entry('payout', 'PAYOUT', 'PAID_OUT', '100000'),
      entry('payout', 'PAYOUT', 'WITHDRAWING', '-100000'),
      entry('hold', 'WITHDRAWAL_HOLD', 'WITHDRAWING', '100000'),
      entry('hold', 'WITHDRAWAL_HOLD', 'AVAILABLE', '-100000'),
      entry('release', 'RELEASE', 'AVAILABLE', '38970'),
      entry('release', 'RELEASE', 'HELD', '-38970'),
      entry('accrual', 'ACCRUAL', 'HELD', '38970'),
    ]);
    expect(rows.map((r) => [r.journalId, r.entry.bucket, r.entry.amountMinor, r.tone])).toEqual([
      ['payout', 'PAID_OUT', '100000', 'paid'],
      ['hold', 'AVAILABLE', '-100000', 'out'],
      ['release', 'AVAILABLE', '38970', 'in'],
      ['accrual', 'HELD', '38970', 'in'],
    ]);
  });

  it('keeps a journal whose other side is on the next page as a line of its own', () => {
    const rows = historyRows([entry('release', 'RELEASE', 'HELD', '-38970')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tone).toBe('out');
  });
});
