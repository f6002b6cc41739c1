import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnersDocument, type ModerationStatus, type PartnerRowFieldsFragment, type PartnerSortField } from '@motiva/schema';
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
import { PartnerDrawer } from '../../components/PartnerDrawer';

const SORT_FIELDS: Record<string, PartnerSortField> = {
  legalName: 'LEGAL_NAME',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

export function PartnersQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { status: 'PENDING', search: '' }, sort: { column: 'createdAt', direction: 'asc' } });
  const { data, previousData, loading, error, refetch } = useQuery(PartnersDocument, {
    variables: {
      filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'CREATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.partners;
  const openId = list.param('id');

  const columns: TableColumn<PartnerRowFieldsFragment>[] = [
    {
      accessor: 'legalName',
      title: t('admin.fields.legalName'),
      sortable: true,
      render: (row) => (
        <Text fz="sm" fw={500}>
          {row.legalName}
        </Text>
      ),
    },
    { accessor: 'taxId', title: t('admin.fields.taxId'), numeric: true },
    {
      accessor: 'contactName',
      title: t('admin.fields.contactName'),
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm">{row.contactName}</Text>
          <Text fz="xs" c="dimmed">
            {row.contactEmail}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'participantCount',
      title: t('admin.fields.participantCount'),
      numeric: true,
      render: (row) => format.number(row.participantCount),
    },
    { accessor: 'status', title: t('admin.fields.status'), sortable: true, render: (row) => <StatusBadge status={row.status} /> },
    {
      accessor: 'createdAt',
      title: t('admin.fields.registered'),
      sortable: true,
      numeric: true,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
  ];
  const pendingView = list.filters.status === 'PENDING' && list.filters.search === '';

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.partners.title')} description={t('admin.partners.subtitle')} />
      <DataTable<PartnerRowFieldsFragment>
        testId="partners-queue"
        rowTestId="partner-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={!pendingView}
        emptyTitle={pendingView ? t('admin.partners.emptyPending') : undefined}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <StatusFilter value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="queue-status-filter" />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('admin.partners.searchPlaceholder')}
              testId="queue-search"
            />
          </Group>
        }
      />
      <PartnerDrawer id={openId} onClose={() => list.setParam('id', null)} />
    </Stack>
  );
}
