import { describe, expect, it } from 'vitest';
import type { AdminWithdrawalRowFragment } from '@motiva/schema';
import { outcomeLines } from './decisionOutcomes';

const row = (id: string, status: AdminWithdrawalRowFragment['status']): AdminWithdrawalRowFragment => ({
  id,
  createdAt: '2026-11-20T09:00:00.000Z',
  decidedAt: null,
  paidAt: null,
  participantId: 'p1',
  participantName: 'Anna',
  amount: { amountMinor: '150000', currency: 'RUB' },
  card: { id: 'c1', brand: 'VISA', last4: '4242', expiryMonth: 3, expiryYear: 2028 },
  payoutAttempts: 0,
  failureReason: null,
  rejectionReason: null,
  status,
});
const outcome = (
  withdrawalId: string,
  ok: boolean,
  errorCode: string | null,
  withdrawal: AdminWithdrawalRowFragment | null,
  message?: string,
) => ({
  withdrawalId,
  ok,
  errorCode,
  message: message ?? null,
  withdrawal,
});

describe('outcomeLines', () => {
  it('says what happens next to an approved one, and which status beat a decision to it', () => {
    const lines = outcomeLines(
      'approve',
      [outcome('w1', true, null, row('w1', 'APPROVED')), outcome('w2', false, 'CONFLICT', row('w2', 'PAID'))],
      [],
    );
    expect(lines.map((l) => [l.outcome, l.message])).toEqual([
      ['DONE', { key: 'admin.money.withdrawals.results.approved' }],
      ['NOT_DONE', { key: 'admin.money.withdrawals.results.conflict', status: 'PAID' }],
    ]);
  });

  it('keeps the selected row for one that is gone, and the server’s words for an unknown refusal', () => {
    const selected = [row('w3', 'REQUESTED')];
    const lines = outcomeLines(
      'reject',
      [outcome('w3', false, 'NOT_FOUND', null), outcome('w4', false, 'SOMETHING', null, 'Locked')],
      selected,
    );
    expect(lines[0]).toMatchObject({ row: selected[0], outcome: 'NOT_DONE', message: { key: 'admin.money.withdrawals.results.notFound' } });
    expect(lines[1]).toMatchObject({ row: undefined, message: { text: 'Locked' } });
    expect(outcomeLines('reject', [outcome('w5', true, null, row('w5', 'REJECTED'))], [])[0]!.message).toEqual({
      key: 'admin.money.withdrawals.results.rejected',
    });
  });
});
