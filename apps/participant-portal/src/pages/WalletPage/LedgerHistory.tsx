import { useState } from 'react';
import { Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyLedgerHistoryDocument, type MyLedgerHistoryQuery } from '@motiva/schema';
import { EmptyState, ErrorState, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';
import { historyRows, type HistoryRow } from './historyRows';

const LIMIT = 20;
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
type Entry = MyLedgerHistoryQuery['myLedgerHistory']['items'][number];

/** Every movement of the participant's balances, newest first, one line per journal (historyRows): date, what it was, amount, note. */
export function LedgerHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, previousData, error, loading, refetch } = useQuery(MyLedgerHistoryDocument, {
    variables: { page: { offset: (page - 1) * LIMIT, limit: LIMIT } },
  });
  const result = (data ?? previousData)?.myLedgerHistory;
  const shown = ({ entry, tone }: HistoryRow) => {
    const text = format.money(entry.amountMinor.replace(/^-/, ''), entry.currency);
    return tone === 'in' ? `+${text}` : tone === 'out' ? `−${text}` : text;
  };
  const what = (entry: Entry) => (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text fz="sm" fw={500}>
        {t(`glossary.ledgerJournalKind.${entry.kind}`, { defaultValue: entry.kind })}
      </Text>
      <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {format.dateTime(entry.createdAt)} · {t(`participant.wallet.history.bucket.${entry.bucket}`)}
      </Text>
      {entry.sourceType === 'SALE' && (
        <Text component={Link} to={`/sales/${entry.sourceId}`} fz="xs" c="motiva.7">
          {t('participant.wallet.history.openSale')}
        </Text>
      )}
      {entry.memo && (
        <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {entry.memo}
        </Text>
      )}
    </Stack>
  );

  return (
    <Section
      title={t('participant.wallet.history.title')}
      description={t('participant.wallet.history.description')}
      testId="ledger-history"
    >
      {error && !result ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !result ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : !result || result.items.length === 0 ? (
        <EmptyState
          testId="history-empty"
          title={t('participant.wallet.history.emptyTitle')}
          description={t('participant.wallet.history.emptyText')}
        />
      ) : (
        <Stack gap="sm">
          <Stack gap={0} data-testid="history-list">
            {historyRows(result.items).map((row, index) => (
              <Group
                key={row.journalId}
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                gap="sm"
                py="xs"
                style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
                data-testid="history-row"
                data-kind={row.entry.kind}
              >
                {what(row.entry)}
                <Text fz="sm" fw={600} c={row.tone === 'in' ? 'teal.8' : undefined} style={numeric} data-testid="history-amount">
                  {shown(row)}
                </Text>
              </Group>
            ))}
          </Stack>
          {result.total > LIMIT && (
            <Group justify="center">
              <Pagination total={Math.ceil(result.total / LIMIT)} value={page} onChange={setPage} size="sm" />
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}
