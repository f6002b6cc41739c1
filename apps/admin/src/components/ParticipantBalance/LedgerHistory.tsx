import { useState } from 'react';
import { Center, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminParticipantLedgerHistoryDocument } from '@motiva/schema';
import { EmptyState, ErrorState, useFormat } from '@motiva/ui';
import { signedMoney } from '../WalletMoney';

const PAGE = 10;

/**
 * The participant's ledger movements, newest first: what happened (the glossary's words), to which
 * balance, the signed amount and the reason of an adjustment. Rows rather than a table, so the
 * drawer reads the same at 390 px.
 */
export function LedgerHistory({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(AdminParticipantLedgerHistoryDocument, {
    variables: { participantId, page: { offset: (page - 1) * PAGE, limit: PAGE } },
    notifyOnNetworkStatusChange: true,
  });
  const history = (data ?? previousData)?.participantLedgerHistory;
  const b = 'admin.money.balance';

  if (error && !loading) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!history) {
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (history.total === 0)
    return <EmptyState title={t(`${b}.historyEmpty`)} description={t(`${b}.historyEmptyText`)} testId="ledger-history-empty" />;
  const pages = Math.ceil(history.total / PAGE);
  return (
    <Stack gap="xs" data-testid="ledger-history">
      <Paper withBorder radius="md" style={{ overflow: 'hidden', opacity: loading ? 0.6 : 1 }}>
        {history.items.map((entry, index) => (
          <Group
            key={entry.id}
            justify="space-between"
            align="flex-start"
            wrap="nowrap"
            gap="sm"
            px="sm"
            py="xs"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            data-testid="ledger-entry"
            data-kind={entry.kind}
          >
            <Stack gap={0} miw={0}>
              <Text fz="sm" fw={500}>
                {t(`glossary.ledgerJournalKind.${entry.kind}`)}
              </Text>
              <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.dateTime(entry.createdAt)} · {t(`${b}.buckets.${entry.bucket}`)}
              </Text>
              {entry.memo && (
                <Text fz="xs" style={{ overflowWrap: 'anywhere' }} data-testid="ledger-entry-memo">
                  {entry.memo}
                </Text>
              )}
            </Stack>
            <Text
              fz="sm"
              fw={600}
              c={entry.amountMinor.startsWith('-') ? 'red.8' : 'green.8'}
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
              data-testid="ledger-entry-amount"
            >
              {signedMoney(entry.amountMinor, (minor) => format.money(minor, entry.currency))}
            </Text>
          </Group>
        ))}
      </Paper>
      {pages > 1 && (
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('table.range', { from: (page - 1) * PAGE + 1, to: Math.min(page * PAGE, history.total), total: history.total })}
          </Text>
          <Pagination size="sm" total={pages} value={page} onChange={setPage} siblings={0} data-testid="ledger-history-pages" />
        </Group>
      )}
    </Stack>
  );
}
