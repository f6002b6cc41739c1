import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductQueueDocument, type ModerationStatus, type ProductQueueFieldsFragment, type ProductSortField } from '@motiva/schema';
import {
  DataTable,
  DateTimeCell,
  PageHeader,
  SearchFilter,
  StatusBadge,
  StatusFilter,
  statusOrNull,
  toApiSort,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';
import { ProductDrawer } from '../../components/ProductDrawer';

const SORT_FIELDS: Record<string, ProductSortField> = {
  sku: 'SKU',
  name: 'NAME',
  listPrice: 'LIST_PRICE',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

/** The products moderation queue: PENDING first by default, the longest-waiting on top. */
export function ProductsQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { status: 'PENDING', search: '' }, sort: { column: 'createdAt', direction: 'asc' } });
  const { data, previousData, loading, error, refetch } = useQuery(ProductQueueDocument, {
    variables: {
      filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'CREATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.products;

  const columns: TableColumn<ProductQueueFieldsFragment>[] = [
    {
      accessor: 'brand',
      title: t('admin.fields.brand'),
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
          {row.brand.legalName}
        </Text>
      ),
    },
    { accessor: 'sku', title: t('admin.fields.sku'), sortable: true, tabular: true },
    {
      accessor: 'name',
      title: t('admin.fields.productName'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
            {row.name}
          </Text>
          {row.category && (
            <Text fz="xs" c="dimmed">
              {row.category}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'listPrice',
      title: t('admin.fields.listPrice'),
      sortable: true,
      numeric: true,
      render: (row) => format.money(row.listPrice.amountMinor, row.listPrice.currency),
    },
    { accessor: 'status', title: t('admin.fields.status'), sortable: true, render: (row) => <StatusBadge status={row.status} /> },
    {
      accessor: 'createdAt',
      title: t('admin.fields.created'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
  ];
  const pendingView = list.filters.status === 'PENDING' && list.filters.search === '';

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.products.title')} description={t('admin.products.subtitle')} />
      <DataTable<ProductQueueFieldsFragment>
        testId="products-queue"
        rowTestId="product-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={!pendingView}
        emptyTitle={pendingView ? t('admin.products.emptyPending') : undefined}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <StatusFilter value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="queue-status-filter" />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('admin.products.searchPlaceholder')}
              testId="queue-search"
            />
          </Group>
        }
      />
      <ProductDrawer id={list.param('id')} onClose={() => list.setParam('id', null)} />
    </Stack>
  );
}
