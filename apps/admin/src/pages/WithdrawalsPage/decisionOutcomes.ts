import type { AdminWithdrawalOutcomeFragment, AdminWithdrawalRowFragment, WithdrawalStatus } from '@motiva/schema';

export type Decision = 'approve' | 'reject';
export type Outcome = 'DONE' | 'NOT_DONE';

export interface OutcomeLine {
  key: string;
  /** Whose withdrawal, and how much: from the answer, or from the row that was selected when it is gone. */
  row: AdminWithdrawalRowFragment | undefined;
  outcome: Outcome;
  /** An i18n key (with the status it found, for a conflict), so the line follows a language switch; else the server's words. */
  message: { key: string; status?: WithdrawalStatus } | { text: string };
}

/**
 * One line per withdrawal of a bulk decision's answer: done with what happens next, or not done
 * with why (taken by someone else first, gone), and the server's words for anything else.
 */
export function outcomeLines(
  decision: Decision,
  outcomes: readonly AdminWithdrawalOutcomeFragment[],
  selected: readonly AdminWithdrawalRowFragment[],
): OutcomeLine[] {
  return outcomes.map((o) => {
    const row = o.withdrawal ?? selected.find((s) => s.id === o.withdrawalId);
    const base = { key: o.withdrawalId, row };
    if (o.ok) {
      return {
        ...base,
        outcome: 'DONE',
        message: { key: `admin.money.withdrawals.results.${decision === 'approve' ? 'approved' : 'rejected'}` },
      };
    }
    if (o.errorCode === 'CONFLICT' && o.withdrawal) {
      return {
        ...base,
        outcome: 'NOT_DONE',
        message: { key: 'admin.money.withdrawals.results.conflict', status: o.withdrawal.status },
      };
    }
    if (o.errorCode === 'NOT_FOUND') return { ...base, outcome: 'NOT_DONE', message: { key: 'admin.money.withdrawals.results.notFound' } };
    return { ...base, outcome: 'NOT_DONE', message: { text: o.message ?? o.errorCode ?? '' } };
  });
}
