import { Group, Select, Stack, Text, type MantineTheme } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PartnerPromotionsDocument, type PartnerPromotionRowFragment, type PromotionSortField, type PromotionStatus } from '@motiva/schema';
import {
  ALL,
  DataTable,
  DateTimeCell,
  PageHeader,
  SearchFilter,
  StatusBadge,
  statusLabelKey,
  toApiSort,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';

/** What a partner can see: the published statuses. */
const STATUSES: PromotionStatus[] = ['ACTIVE', 'SCHEDULED', 'PAUSED', 'ENDED'];

/** Columns folded into the name cell on phones. */
const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;

const SORT_FIELDS: Record<string, PromotionSortField> = {
  name: 'NAME',
  status: 'STATUS',
  startsAt: 'STARTS_AT',
  endsAt: 'ENDS_AT',
};

/** The published promotions open to the partner's company; the API scopes the list and the member count. */
export function PromotionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useListParams({ filters: { status: ALL, search: '' }, sort: { column: 'startsAt', direction: 'desc' } });
  const status = STATUSES.find((s) => s === list.filters.status);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerPromotionsDocument, {
    variables: {
      filter: { statuses: status ? [status] : null, search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'STARTS_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotions;

  const columns: TableColumn<PartnerPromotionRowFragment>[] = [
    {
      accessor: 'name',
      title: t('partner.promotions.name'),
      sortable: true,
      render: (row) => (
        <Stack gap={2}>
          <Text fz="sm" fw={600} style={{ overflowWrap: 'break-word' }}>
            {row.name}
          </Text>
          {/* On phones the status, brand and dates columns are folded in here. */}
          <Group hiddenFrom="sm">
            <StatusBadge kind="promotion" status={row.status} testId="status-badge-phone" />
          </Group>
          <Text fz="xs" c="dimmed" hiddenFrom="sm">
            {row.brand.legalName}
          </Text>
          <Text fz="xs" c="dimmed" hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.date(row.startsAt)} – {format.date(row.endsAt)}
          </Text>
        </Stack>
      ),
    },
    { accessor: 'brand.legalName', title: t('partner.promotions.brand'), visibleMediaQuery: fromSm },
    {
      accessor: 'status',
      title: t('partner.promotions.status'),
      sortable: true,
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="promotion" status={row.status} />,
    },
    {
      accessor: 'startsAt',
      title: t('partner.promotions.startsAt'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.startsAt} />,
    },
    {
      accessor: 'endsAt',
      title: t('partner.promotions.endsAt'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.endsAt} />,
    },
    {
      accessor: 'memberCount',
      title: t('partner.promotions.members'),
      numeric: true,
      render: (row) => <span data-testid="member-count">{format.number(row.memberCount)}</span>,
    },
  ];
  const filtered = list.filters.status !== ALL || list.filters.search !== '';

  return (
    <Stack gap={0}>
      <PageHeader title={t('partner.promotions.title')} description={t('partner.promotions.subtitle')} />
      <DataTable<PartnerPromotionRowFragment>
        testId="partner-promotions"
        rowTestId={(row) => `promotion-${row.name}`}
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => navigate(`/promotions/${row.id}`)}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('partner.promotions.emptyTitle')}
        emptyDescription={filtered ? undefined : t('partner.promotions.emptyText')}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Select
              aria-label={t('partner.promotions.statusLabel')}
              data-testid="promotion-status-filter"
              value={list.filters.status}
              onChange={(value) => list.setFilter('status', value ?? ALL)}
              allowDeselect={false}
              w={{ base: '100%', sm: 220 }}
              data={[
                { value: ALL, label: t('partner.promotions.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(statusLabelKey('promotion', s)) })),
              ]}
            />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('partner.promotions.searchPlaceholder')}
            />
          </Group>
        }
      />
    </Stack>
  );
}
