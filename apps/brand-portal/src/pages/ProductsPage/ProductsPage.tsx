import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ProductsDocument, type ModerationStatus, type ProductFieldsFragment, type ProductSortField } from '@motiva/schema';
import {
  ALL,
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
import { NEW_PRODUCT, ProductDrawer } from '../../components/ProductDrawer';

const SORT_FIELDS: Record<string, ProductSortField> = {
  sku: 'SKU',
  name: 'NAME',
  listPrice: 'LIST_PRICE',
  status: 'STATUS',
  updatedAt: 'UPDATED_AT',
};

/** The brand's nomenclature: every status at once by default, the latest edits on top. */
export function ProductsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { status: ALL, search: '' }, sort: { column: 'updatedAt', direction: 'desc' } });
  const { data, previousData, loading, error, refetch } = useQuery(ProductsDocument, {
    variables: {
      filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'UPDATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.products;
  const filtered = list.filters.status !== ALL || list.filters.search !== '';
  const openNew = () => list.setParam('id', NEW_PRODUCT);

  const columns: TableColumn<ProductFieldsFragment>[] = [
    { accessor: 'sku', title: t('brand.products.fields.sku'), sortable: true, tabular: true },
    {
      accessor: 'name',
      title: t('brand.products.fields.name'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
            {row.name}
          </Text>
          {row.barcode && (
            <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.barcode}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'category',
      title: t('brand.products.fields.category'),
      render: (row) =>
        row.category ?? (
          <Text c="dimmed" fz="sm">
            {t('common.notSet')}
          </Text>
        ),
    },
    {
      accessor: 'listPrice',
      title: t('brand.products.fields.listPrice'),
      sortable: true,
      numeric: true,
      render: (row) => <span data-testid="product-price-cell">{format.money(row.listPrice.amountMinor, row.listPrice.currency)}</span>,
    },
    {
      accessor: 'status',
      title: t('brand.products.fields.status'),
      sortable: true,
      render: (row) => <StatusBadge kind="product" status={row.status} testId="product-row-status" />,
    },
    {
      accessor: 'updatedAt',
      title: t('brand.products.fields.updated'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.updatedAt} />,
    },
  ];

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('brand.products.title')}
        description={t('brand.products.subtitle')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/products/import" variant="default" data-testid="product-import">
              {t('brand.products.importCsv')}
            </Button>
            <Button onClick={openNew} data-testid="product-new">
              {t('brand.products.new')}
            </Button>
          </Group>
        }
      />
      <DataTable<ProductFieldsFragment>
        testId="products-table"
        rowTestId="product-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('brand.products.emptyTitle')}
        emptyDescription={filtered ? undefined : t('brand.products.emptyText')}
        emptyAction={
          filtered ? undefined : (
            <Button variant="light" onClick={openNew} data-testid="product-new-empty">
              {t('brand.products.new')}
            </Button>
          )
        }
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <StatusFilter
              value={list.filters.status}
              onChange={(value) => list.setFilter('status', value)}
              testId="products-status-filter"
            />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('brand.products.searchPlaceholder')}
              testId="products-search"
            />
          </Group>
        }
      />
      <ProductDrawer id={list.param('id')} onClose={() => list.setParam('id', null)} />
    </Stack>
  );
}
