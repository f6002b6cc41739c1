import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductQueueDocument, type ProductQueueFieldsFragment, type ProductSortField } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { ProductDrawer } from '../../components/ProductDrawer';
import { ModerationQueue, PhoneDetails, fromSm, useQueueParams } from '../../components/ModerationQueue';

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
  const { list, variables } = useQueueParams(SORT_FIELDS, 'CREATED_AT');
  const { data, previousData, loading, error, refetch } = useQuery(ProductQueueDocument, { variables, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.products;

  const columns: TableColumn<ProductQueueFieldsFragment>[] = [
    {
      accessor: 'brand',
      title: t('admin.fields.brand'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
          {row.brand.legalName}
        </Text>
      ),
    },
    { accessor: 'sku', title: t('admin.fields.sku'), sortable: true, tabular: true, visibleMediaQuery: fromSm },
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
          {/* On phones the brand, SKU, price, status and date columns are folded in here. */}
          <PhoneDetails
            badge={<StatusBadge kind="product" status={row.status} testId="status-badge-phone" />}
            lines={[
              `${row.sku} · ${format.money(row.listPrice.amountMinor, row.listPrice.currency)}`,
              row.brand.legalName,
              t('admin.fields.createdOn', { date: format.dateTime(row.createdAt) }),
            ]}
          />
        </Stack>
      ),
    },
    {
      accessor: 'listPrice',
      title: t('admin.fields.listPrice'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => format.money(row.listPrice.amountMinor, row.listPrice.currency),
    },
    {
      accessor: 'status',
      title: t('admin.fields.status'),
      sortable: true,
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="product" status={row.status} />,
    },
    {
      accessor: 'createdAt',
      title: t('admin.fields.created'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
  ];
  return (
    <ModerationQueue<ProductQueueFieldsFragment>
      textKey="admin.products"
      testId="products-queue"
      rowTestId="product-row"
      list={list}
      page={page}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      drawer={(id, onClose) => <ProductDrawer id={id} onClose={onClose} />}
    />
  );
}
