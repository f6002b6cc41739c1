import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { BrandPromotionsDocument, type BrandPromotionRowFragment, type PromotionSortField } from '@motiva/schema';
import {
  ALL,
  DataTable,
  DateTimeCell,
  PageHeader,
  SearchFilter,
  StatusBadge,
  isStatusOf,
  statusLabelKey,
  statusesOf,
  toApiSort,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';

const SORT_FIELDS: Record<string, PromotionSortField> = {
  name: 'NAME',
  status: 'STATUS',
  startsAt: 'STARTS_AT',
  endsAt: 'ENDS_AT',
  updatedAt: 'UPDATED_AT',
};

/** The brand's promotions: every status by default, the latest edits on top. */
export function PromotionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useListParams({ filters: { status: ALL, search: '' }, sort: { column: 'updatedAt', direction: 'desc' } });
  const status = isStatusOf('promotion', list.filters.status) ? list.filters.status : null;
  const { data, previousData, loading, error, refetch } = useQuery(BrandPromotionsDocument, {
    variables: {
      filter: { statuses: status ? [status] : null, search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'UPDATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotions;
  const filtered = status !== null || list.filters.search !== '';

  const newButton = (testId: string, variant?: string) => (
    <Button component={Link} to="/promotions/new" variant={variant} data-testid={testId}>
      {t('brand.promotions.new')}
    </Button>
  );

  const columns: TableColumn<BrandPromotionRowFragment>[] = [
    {
      accessor: 'name',
      title: t('brand.promotions.fields.name'),
      sortable: true,
      render: (row) => (
        <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {row.name}
        </Text>
      ),
    },
    {
      accessor: 'status',
      title: t('brand.promotions.fields.status'),
      sortable: true,
      render: (row) => <StatusBadge kind="promotion" status={row.status} testId="promotion-row-status" />,
    },
    {
      accessor: 'startsAt',
      title: t('brand.promotions.fields.startsAt'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.startsAt} />,
    },
    {
      accessor: 'endsAt',
      title: t('brand.promotions.fields.endsAt'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.endsAt} />,
    },
    {
      accessor: 'memberCount',
      title: t('brand.promotions.fields.members'),
      numeric: true,
      render: (row) => format.number(row.memberCount),
    },
    {
      accessor: 'payoutOptions',
      title: t('brand.promotions.fields.payoutOptionCount'),
      numeric: true,
      render: (row) => format.number(row.payoutOptions.length),
    },
    {
      accessor: 'updatedAt',
      title: t('brand.promotions.fields.updatedAt'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.updatedAt} />,
    },
  ];

  return (
    <Stack gap={0}>
      <PageHeader title={t('brand.promotions.title')} description={t('brand.promotions.subtitle')} actions={newButton('promotion-new')} />
      <DataTable<BrandPromotionRowFragment>
        testId="promotions-table"
        rowTestId="promotion-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => navigate(`/promotions/${row.id}`)}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('brand.promotions.emptyTitle')}
        emptyDescription={filtered ? undefined : t('brand.promotions.emptyText')}
        emptyAction={filtered ? undefined : newButton('promotion-new-empty', 'light')}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Select
              aria-label={t('brand.promotions.fields.status')}
              data-testid="promotions-status-filter"
              value={status ?? ALL}
              onChange={(value) => list.setFilter('status', value ?? ALL)}
              allowDeselect={false}
              maxDropdownHeight={360}
              w={240}
              data={[
                { value: ALL, label: t('brand.promotions.allStatuses') },
                ...statusesOf('promotion').map((s) => ({ value: s, label: t(statusLabelKey('promotion', s)) })),
              ]}
            />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('brand.promotions.searchPlaceholder')}
              testId="promotions-search"
            />
          </Group>
        }
      />
    </Stack>
  );
}
