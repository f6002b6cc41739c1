import { useState } from 'react';
import { Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyWithdrawalsDocument } from '@motiva/schema';
import { EmptyState, ErrorState, StatusBadge, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';
import { CardLabel } from './CardLabel';

const LIMIT = 10;

/** The participant's withdrawals, newest first: status, amount, card, and why when one failed or was rejected. */
export function WithdrawalsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, previousData, error, loading, refetch } = useQuery(MyWithdrawalsDocument, {
    variables: { page: { offset: (page - 1) * LIMIT, limit: LIMIT } },
  });
  const result = (data ?? previousData)?.myWithdrawals;
  return (
    <Section title={t('participant.wallet.withdrawals.title')} testId="withdrawals-section">
      {error && !result ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !result ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : !result || result.items.length === 0 ? (
        <EmptyState
          testId="withdrawals-empty"
          title={t('participant.wallet.withdrawals.emptyTitle')}
          description={t('participant.wallet.withdrawals.emptyText')}
        />
      ) : (
        <Stack gap="xs">
          {result.items.map((w) => {
            return (
              <Paper key={w.id} withBorder radius="md" px="md" py="sm" data-testid="withdrawal-row" data-id={w.id} data-status={w.status}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap={8} wrap="wrap">
                      <StatusBadge kind="withdrawal" status={w.status} testId="withdrawal-status" />
                      <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {format.dateTime(w.paidAt ?? w.decidedAt ?? w.createdAt)}
                      </Text>
                    </Group>
                    <CardLabel card={w.card} />
                  </Stack>
                  <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid="withdrawal-amount">
                    {format.money(w.amount.amountMinor, w.amount.currency)}
                  </Text>
                </Group>
                {w.status === 'FAILED' && (
                  <Stack gap={0} mt={6} data-testid="withdrawal-reason">
                    <Text fz="sm" c="red.7">
                      {t('participant.wallet.withdrawals.failedText')}
                    </Text>
                    {/* The payout provider's own words, as it gave them. */}
                    {w.failureReason && (
                      <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {w.failureReason}
                      </Text>
                    )}
                  </Stack>
                )}
                {w.status === 'REJECTED' && w.rejectionReason && (
                  <Text fz="sm" c="red.7" mt={6} data-testid="withdrawal-reason" style={{ overflowWrap: 'anywhere' }}>
                    {t('participant.wallet.withdrawals.reason', { reason: w.rejectionReason })}
                  </Text>
                )}
              </Paper>
            );
          })}
          {result.total > LIMIT && (
            <Group justify="center" mt="xs">
              <Pagination total={Math.ceil(result.total / LIMIT)} value={page} onChange={setPage} size="sm" />
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}
