import type { ReactNode } from 'react';
import { Group, Stack, Text, type MantineTheme } from '@mantine/core';
import type { SaleStatus } from '@motiva/schema';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '../../i18n/sales-strings';
import { useFormat } from '../../format/useFormat';
import { DataTable, type TableColumn } from '../DataTable/DataTable';
import { DateTimeCell } from '../DateTimeCell';
import { StatusBadge } from '../StatusBadge';

interface MoneyValue {
  amountMinor: string;
  currency: string;
}

/** What a sales list shows of each sale (any portal's row fragment has these fields). */
export interface SaleListRow {
  id: string;
  submittedAt: string;
  status: SaleStatus;
  amount: MoneyValue;
  reward: MoneyValue;
  participant: { id: string; name: string };
  promotion: { id: string; name: string };
}

export interface SalesTableProps<T extends SaleListRow> {
  records: T[] | undefined;
  total: number | undefined;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  onLimitChange?: (limit: number) => void;
  filters?: ReactNode;
  filtered?: boolean;
  emptyTitle?: ReactNode;
  emptyDescription?: ReactNode;
  /** Opens the sale (a drawer); rows are clickable when given. */
  onOpen?: (row: T) => void;
  /** Leave the participant out where the list is one participant's already. */
  showParticipant?: boolean;
  /** data-testid of the table; rows are `sale-row` with data-id and data-status. */
  testId?: string;
}

const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;
const belowSm = (theme: MantineTheme) => `(max-width: calc(${theme.breakpoints.sm} - 0.0625em))`;
const tabular = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * Sales, newest first: date, participant, promotion, amount, reward, status. From the sm breakpoint
 * a table; on phones each row is one card (who and where on the left, the sums right-aligned).
 * Amounts and rewards are money in the sale's currency, as everywhere else in the portals.
 */
export function SalesTable<T extends SaleListRow>(props: SalesTableProps<T>) {
  useSalesStrings();
  const { t } = useTranslation();
  const format = useFormat();
  const money = (m: MoneyValue) => format.money(m.amountMinor, m.currency);
  const showParticipant = props.showParticipant ?? true;

  const card: TableColumn<T> = {
    accessor: 'card',
    title: t('salesList.columns.sale'),
    visibleMediaQuery: belowSm,
    render: (row) => (
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="sale-card">
        <Stack gap={2} miw={0}>
          <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {showParticipant ? row.participant.name : row.promotion.name}
          </Text>
          {showParticipant && (
            <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {row.promotion.name}
            </Text>
          )}
          <Text fz="xs" c="dimmed" style={tabular}>
            {format.dateTime(row.submittedAt)}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <StatusBadge kind="sale" status={row.status} testId="sale-status-phone" />
          <Text fz="sm" fw={600} style={tabular} data-testid="sale-reward-phone">
            {money(row.reward)}
          </Text>
          <Text fz="xs" c="dimmed" style={tabular}>
            {t('salesList.ofAmount', { amount: money(row.amount) })}
          </Text>
        </Stack>
      </Group>
    ),
  };

  const columns: TableColumn<T>[] = [
    card,
    {
      accessor: 'submittedAt',
      title: t('salesList.columns.date'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.submittedAt} />,
    },
    ...(showParticipant
      ? [
          {
            accessor: 'participant.name',
            title: t('salesList.columns.participant'),
            visibleMediaQuery: fromSm,
            render: (row: T) => (
              <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="sale-participant">
                {row.participant.name}
              </Text>
            ),
          },
        ]
      : []),
    {
      accessor: 'promotion.name',
      title: t('salesList.columns.promotion'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.promotion.name}
        </Text>
      ),
    },
    {
      accessor: 'amount',
      title: t('salesList.columns.amount'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="sale-amount">{money(row.amount)}</span>,
    },
    {
      accessor: 'reward',
      title: t('salesList.columns.reward'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <span data-testid="sale-reward">{money(row.reward)}</span>,
    },
    {
      accessor: 'status',
      title: t('salesList.columns.status'),
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="sale" status={row.status} testId="sale-status" />,
    },
  ];

  return (
    <DataTable<T>
      testId={props.testId}
      rowTestId="sale-row"
      records={props.records}
      total={props.total}
      columns={columns}
      loading={props.loading}
      error={props.error}
      onRetry={props.onRetry}
      offset={props.offset}
      limit={props.limit}
      onOffsetChange={props.onOffsetChange}
      onLimitChange={props.onLimitChange}
      filters={props.filters}
      filtered={props.filtered}
      emptyTitle={props.emptyTitle}
      emptyDescription={props.emptyDescription}
      onRowClick={props.onOpen}
    />
  );
}
