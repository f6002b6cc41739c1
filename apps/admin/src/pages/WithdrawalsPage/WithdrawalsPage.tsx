import { useEffect, useState } from 'react';
import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AdminWithdrawalsDocument, type AdminWithdrawalRowFragment } from '@motiva/schema';
import { DataTable, PageHeader, useFormat, useListParams } from '@motiva/ui';
import { ParticipantDrawer } from '../../components/ParticipantDrawer';
import { RejectModal } from '../../components/ModerationActions/RejectModal';
import { sumMinor } from '../../components/WalletMoney';
import { ApproveModal } from './ApproveModal';
import { DecisionResults } from './DecisionResults';
import { SelectionBar } from './SelectionBar';
import { WithdrawalFilters } from './WithdrawalFilters';
import { useWithdrawalColumns } from './withdrawalColumns';
import { useWithdrawalDecisions } from './useWithdrawalDecisions';
import { usePayoutFollowUp } from './usePayoutFollowUp';
import { WITHDRAWAL_FILTERS, isFiltered, withdrawalFilter } from './withdrawalFilters';

type Row = AdminWithdrawalRowFragment;

/** How often the page asks again while a payout is on its way to the provider. */
const PAYOUT_POLL_MS = 3_000;
/** The API's shortest accepted rejection reason. */
const MIN_REASON = 3;

/** The withdrawals queue: the requested ones, oldest first; approve (pay out) or reject many at once. */
export function WithdrawalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: WITHDRAWAL_FILTERS, sort: { column: 'createdAt', direction: 'asc' } });
  const [, setSearchParams] = useSearchParams();
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(AdminWithdrawalsDocument, {
    variables: { filter: withdrawalFilter(list.filters), page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.withdrawals;

  // An approved payout turns PAID or FAILED within seconds: keep asking until none is on its way.
  const inFlight = page?.items.some((w) => w.status === 'APPROVED') ?? false;
  useEffect(() => {
    if (!inFlight) return;
    startPolling(PAYOUT_POLL_MS);
    return () => stopPolling();
  }, [inFlight, startPolling, stopPolling]);

  const [selected, setSelected] = useState<Row[]>([]);
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const decisions = useWithdrawalDecisions(() => {
    setSelected([]);
    setDialog(null);
  });
  const followUp = usePayoutFollowUp(decisions.results?.lines ?? null);
  const total = selected.length > 0 ? format.money(sumMinor(selected.map((w) => w.amount.amountMinor)), selected[0]!.amount.currency) : '';

  const columns = useWithdrawalColumns((row) => list.setParam('open', row.participantId));
  const filtered = isFiltered(list.filters);
  const clearFilters = () =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const key of [...Object.keys(WITHDRAWAL_FILTERS), 'offset']) next.delete(key);
        return next;
      },
      { replace: true },
    );
  const participantName = page?.items.find((w) => w.participantId === list.filters.participant)?.participantName;

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.money.withdrawals.title')} description={t('admin.money.withdrawals.subtitle')} />
      <Stack gap="md">
        <Alert color="blue" variant="light" data-testid="withdrawal-payout-hint">
          <Text fz="sm">{t('admin.money.withdrawals.payoutHint')}</Text>
          {(inFlight || followUp.following) && (
            <Group gap="xs" mt="xs" data-testid="withdrawal-polling">
              <Loader size="xs" />
              <Text fz="sm" fw={500}>
                {t('admin.money.withdrawals.polling')}
              </Text>
            </Group>
          )}
        </Alert>
        {decisions.results && (
          <DecisionResults decision={decisions.results.decision} lines={decisions.results.lines} onClose={decisions.clearResults} />
        )}
        <DataTable<Row>
          testId="withdrawals-queue"
          rowTestId="withdrawal-row"
          records={page?.items}
          total={page?.total}
          columns={columns}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          {...list.tableProps}
          sort={undefined}
          filtered={filtered}
          emptyTitle={filtered ? undefined : t('admin.money.withdrawals.emptyRequested')}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          isRecordSelectable={(row) => row.status === 'REQUESTED'}
          selectionLabel={(row) => t('admin.money.withdrawals.selectRow', { name: row.participantName })}
          filters={
            <Stack gap="sm">
              <WithdrawalFilters
                values={list.filters}
                onChange={(key, value) => list.setFilter(key, value)}
                onClear={filtered ? clearFilters : null}
                participantName={participantName}
              />
              {selected.length > 0 && (
                <SelectionBar
                  count={selected.length}
                  amount={total}
                  onApprove={() => setDialog('approve')}
                  onReject={() => setDialog('reject')}
                  onClear={() => setSelected([])}
                />
              )}
            </Stack>
          }
        />
      </Stack>
      <ApproveModal
        opened={dialog === 'approve'}
        count={selected.length}
        amount={total}
        loading={decisions.approving}
        onClose={() => setDialog(null)}
        onConfirm={() => void decisions.runApprove(selected)}
      />
      <RejectModal
        opened={dialog === 'reject'}
        name={t('admin.money.withdrawals.rejectName', { count: selected.length })}
        loading={decisions.rejecting}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => void decisions.runReject(selected, reason)}
        text={t('admin.money.withdrawals.rejectText')}
        placeholder={t('admin.money.withdrawals.reasonPlaceholder')}
        minLength={MIN_REASON}
        serverError={decisions.reasonError}
      />
      <ParticipantDrawer id={list.param('open')} onClose={() => list.setParam('open', null)} />
    </Stack>
  );
}
