import { Group, Stack, Text, type MantineTheme } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import {
  PartnerParticipantStatsDocument,
  PartnerSalePromotionOptionsDocument,
  type PartnerParticipantStatsRowFragment,
} from '@motiva/schema';
import { DataTable, DateTimeCell, SaleListFilters, useFormat, useSaleListParams, type TableColumn } from '@motiva/ui';
import { PointRate } from './PointRate';
import { usePartnerSalesT } from '../../components/salesMessages';

/** One row per participant and currency: DataTable needs an id. */
type Row = PartnerParticipantStatsRowFragment & { id: string };
type MoneyValue = Row['salesAmount'];

const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;
const belowSm = (theme: MantineTheme) => `(max-width: calc(${theme.breakpoints.sm} - 0.0625em))`;
const tabular = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * Each participant's sales results in the filter's promotion, status and period: count and sum of
 * sales, rewards earned (approved) and pending, the latest sale. Most recent activity first; a row
 * opens the participant with their sales.
 */
export function ParticipantResults({ onOpen }: { onOpen: (participantId: string) => void }) {
  const t = usePartnerSalesT();
  const format = useFormat();
  const money = (m: MoneyValue) => format.money(m.amountMinor, m.currency);
  const list = useSaleListParams();
  const options = useQuery(PartnerSalePromotionOptionsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerParticipantStatsDocument, {
    variables: { filter: list.saleFilter, page: { offset: list.offset, limit: list.limit } },
    skip: list.skip,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.partnerParticipantStats;
  const records = page?.items.map((row) => ({ ...row, id: `${row.participant.id}:${row.salesAmount.currency}` }));

  const columns: TableColumn<Row>[] = [
    {
      accessor: 'card',
      title: t('partner.sales.results.participant'),
      visibleMediaQuery: belowSm,
      render: (row) => (
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="stats-card">
          <Stack gap={2} miw={0}>
            <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {row.participant.name}
            </Text>
            <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('partner.sales.results.salesCount', { count: row.salesCount })} · {money(row.salesAmount)}
            </Text>
            <Text fz="xs" c="dimmed" style={tabular}>
              {format.dateTime(row.lastSaleAt)}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
            <Text fz="sm" fw={600} style={tabular}>
              {money(row.pointsEarned)}
            </Text>
            {/* Pending on two short lines: "1 000,00 ₽ на модерации" on one does not fit beside the name. */}
            <Text fz="xs" c="dimmed" style={tabular}>
              {money(row.pointsPending)}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('partner.sales.results.pendingLabel')}
            </Text>
          </Stack>
        </Group>
      ),
    },
    {
      accessor: 'participant.name',
      title: t('partner.sales.results.participant'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {row.participant.name}
          </Text>
          <Text fz="xs" c="dimmed">
            {row.participant.city}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'salesCount',
      title: t('partner.sales.results.sales'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="stats-sales-count">{format.number(row.salesCount)}</span>,
    },
    {
      accessor: 'salesAmount',
      title: t('partner.sales.results.salesAmount'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="stats-sales-amount">{money(row.salesAmount)}</span>,
    },
    {
      accessor: 'pointsEarned',
      title: t('partner.sales.results.earned'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="stats-earned">{money(row.pointsEarned)}</span>,
    },
    {
      accessor: 'pointsPending',
      title: t('partner.sales.results.pending'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="stats-pending">{money(row.pointsPending)}</span>,
    },
    {
      accessor: 'lastSaleAt',
      title: t('partner.sales.results.lastSale'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.lastSaleAt} />,
    },
  ];

  const filtered = list.filtered;
  return (
    <Stack gap="sm">
      <PointRate />
      <DataTable<Row>
        testId="participant-results"
        rowTestId="participant-stats-row"
        records={records}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        offset={list.offset}
        limit={list.limit}
        onOffsetChange={list.setOffset}
        onLimitChange={list.setLimit}
        onRowClick={(row) => onOpen(row.participant.id)}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('partner.sales.results.emptyTitle')}
        emptyDescription={filtered ? undefined : t('partner.sales.results.emptyText')}
        filters={
          <SaleListFilters
            testId="results-filter"
            values={list.filters}
            onChange={list.setFilter}
            onClear={list.clear}
            promotions={options.data?.promotions.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      />
    </Stack>
  );
}
