import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandsDocument, type BrandFieldsFragment } from '@motiva/schema';
import { DataTable, DateTimeCell, PageHeader, SearchFilter, notify, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { BrandDrawer } from '../../components/BrandDrawer';
import { CreateBrandModal } from '../../components/CreateBrandModal';

/** Every brand on the platform, by legal name (the API's order); a row opens its users and invitations. */
export function BrandsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { search: '' }, sort: { column: 'legalName', direction: 'asc' } });
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(BrandsDocument, {
    variables: { filter: { search: list.filters.search || null }, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.brands;
  const filtered = list.filters.search !== '';

  const created = (brand: BrandFieldsFragment) => {
    setCreating(false);
    notify.success(t('admin.brands.create.done', { name: brand.legalName }));
    // Straight on to the next step: inviting its users.
    list.setParam('id', brand.id);
  };

  const columns: TableColumn<BrandFieldsFragment>[] = [
    {
      accessor: 'legalName',
      title: t('admin.fields.legalName'),
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
            {row.legalName}
          </Text>
          {row.address && (
            <Text fz="xs" c="dimmed" lineClamp={1} title={row.address}>
              {row.address}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'taxId',
      title: t('admin.fields.taxId'),
      tabular: true,
      render: (row) =>
        row.taxId ?? (
          <Text c="dimmed" fz="sm">
            {t('common.notSet')}
          </Text>
        ),
    },
    {
      accessor: 'users',
      title: t('admin.brands.users'),
      numeric: true,
      render: (row) => <span data-testid="brand-users-cell">{format.number(row.users?.length)}</span>,
    },
    { accessor: 'createdAt', title: t('admin.brands.created'), numeric: true, render: (row) => <DateTimeCell value={row.createdAt} /> },
  ];

  const newButton = (testId: string, variant?: string) => (
    <Button variant={variant} onClick={() => setCreating(true)} data-testid={testId}>
      {t('admin.brands.new')}
    </Button>
  );

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.brands.title')} description={t('admin.brands.subtitle')} actions={newButton('brand-new')} />
      <DataTable<BrandFieldsFragment>
        testId="brands-table"
        rowTestId="brand-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        offset={list.offset}
        limit={list.limit}
        onOffsetChange={list.setOffset}
        onLimitChange={list.setLimit}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('admin.brands.emptyTitle')}
        emptyDescription={filtered ? undefined : t('admin.brands.emptyText')}
        emptyAction={filtered ? undefined : newButton('brand-new-empty', 'light')}
        filters={
          <Group justify="flex-end" wrap="wrap" gap="sm">
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('admin.brands.searchPlaceholder')}
              testId="brands-search"
            />
          </Group>
        }
      />
      <BrandDrawer id={list.param('id')} onClose={() => list.setParam('id', null)} listLoading={loading} />
      <CreateBrandModal opened={creating} onClose={() => setCreating(false)} onCreated={created} />
    </Stack>
  );
}
