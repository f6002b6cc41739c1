import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminApproveWithdrawalsDocument, AdminRejectWithdrawalsDocument, type AdminWithdrawalRowFragment } from '@motiva/schema';
import { errorMessageKey, fieldErrors, notify } from '@motiva/ui';
import { outcomeLines, type Decision, type OutcomeLine } from './decisionOutcomes';

const REFETCH = ['AdminWithdrawals', 'ModerationOverview'];

/** Approve or reject the selected withdrawals; keeps the per-item answer of the last decision. */
export function useWithdrawalDecisions(onDecided: () => void) {
  const { t } = useTranslation();
  const [approve, approving] = useMutation(AdminApproveWithdrawalsDocument, { refetchQueries: REFETCH });
  const [reject, rejecting] = useMutation(AdminRejectWithdrawalsDocument, { refetchQueries: REFETCH });
  const [results, setResults] = useState<{ decision: Decision; lines: OutcomeLine[] } | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);

  const failed = (error: unknown) => notify.error(t(errorMessageKey(error)), t('admin.money.withdrawals.actionFailed'));

  const runApprove = async (selected: AdminWithdrawalRowFragment[]): Promise<boolean> => {
    try {
      const { data } = await approve({ variables: { input: { ids: selected.map((w) => w.id) } } });
      setResults({ decision: 'approve', lines: outcomeLines('approve', data?.approveWithdrawals ?? [], selected) });
      onDecided();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const runReject = async (selected: AdminWithdrawalRowFragment[], reason: string): Promise<boolean> => {
    setReasonError(null);
    try {
      const { data } = await reject({ variables: { input: { ids: selected.map((w) => w.id), reason } } });
      setResults({ decision: 'reject', lines: outcomeLines('reject', data?.rejectWithdrawals ?? [], selected) });
      onDecided();
      return true;
    } catch (error) {
      // A reason the API refuses (too long, say) is said under the reason itself.
      const onReason = fieldErrors(error).reason;
      if (onReason) setReasonError(onReason);
      else failed(error);
      return false;
    }
  };

  return {
    runApprove,
    runReject,
    approving: approving.loading,
    rejecting: rejecting.loading,
    results,
    clearResults: () => setResults(null),
    reasonError,
  };
}
