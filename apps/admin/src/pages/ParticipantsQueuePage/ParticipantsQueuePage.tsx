import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ParticipantsDocument,
  type ModerationStatus,
  type ParticipantRowFieldsFragment,
  type ParticipantSortField,
} from '@motiva/schema';
import {
  DataTable,
  DateTimeCell,
  PageHeader,
  SearchFilter,
  StatusBadge,
  StatusFilter,
  statusOrNull,
  toApiSort,
  useListParams,
  type TableColumn,
} from '@motiva/ui';
import { ParticipantDrawer } from '../../components/ParticipantDrawer';

const SORT_FIELDS: Record<string, ParticipantSortField> = {
  name: 'NAME',
  city: 'CITY',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

/** The participants moderation queue: PENDING first by default, oldest registrations on top. */
export function ParticipantsQueuePage() {
  const { t } = useTranslation();
  const list = useListParams({ filters: { status: 'PENDING', search: '' }, sort: { column: 'createdAt', direction: 'asc' } });
  const { data, previousData, loading, error, refetch } = useQuery(ParticipantsDocument, {
    variables: {
      filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'CREATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.participants;
  const openId = list.param('id');

  const columns: TableColumn<ParticipantRowFieldsFragment>[] = [
    {
      accessor: 'name',
      title: t('admin.fields.name'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500}>
            {row.name}
          </Text>
          <Text fz="xs" c="dimmed">
            {row.email}
          </Text>
        </Stack>
      ),
    },
    { accessor: 'phone', title: t('admin.fields.phone'), numeric: true, render: (row) => row.phone ?? t('common.notSet') },
    { accessor: 'city', title: t('admin.fields.city'), sortable: true },
    {
      accessor: 'partner',
      title: t('admin.fields.partner'),
      render: (row) => row.partner?.legalName ?? <Text c="dimmed" fz="sm">{t('common.platformStaff')}</Text>,
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
      <PageHeader title={t('admin.participants.title')} description={t('admin.participants.subtitle')} />
      <DataTable<ParticipantRowFieldsFragment>
        testId="participants-queue"
        rowTestId="participant-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        {...list.tableProps}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={!pendingView}
        emptyTitle={pendingView ? t('admin.participants.emptyPending') : undefined}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            <StatusFilter value={list.filters.status} onChange={(value) => list.setFilter('status', value)} testId="queue-status-filter" />
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t('admin.participants.searchPlaceholder')}
              testId="queue-search"
            />
          </Group>
        }
      />
      <ParticipantDrawer id={openId} onClose={() => list.setParam('id', null)} />
    </Stack>
  );
}
