import { Group } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ParticipantsDocument, type ModerationStatus, type ParticipantSortField } from '@motiva/schema';
import {
  ALL,
  DataTable,
  SearchFilter,
  StatusBadge,
  StatusFilter,
  statusOrNull,
  toApiSort,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';

type Row = { id: string; name: string; email: string | null; city: string; status: ModerationStatus; createdAt: string };

const SORT_FIELDS: Record<string, ParticipantSortField> = {
  name: 'NAME',
  city: 'CITY',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

/** The partner's own participants; the API scopes `participants` to the caller's company. A row opens the participant. */
export function ParticipantsList({ onOpen }: { onOpen: (participantId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { status: ALL, search: '' }, sort: { column: 'createdAt', direction: 'desc' } });
  const { data, previousData, loading, error, refetch } = useQuery(ParticipantsDocument, {
    variables: {
      filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
      sort: toApiSort(list.sort, SORT_FIELDS, 'CREATED_AT'),
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.participants;

  const columns: TableColumn<Row>[] = [
    { accessor: 'name', title: t('partner.participants.name'), sortable: true },
    { accessor: 'email', title: t('partner.participants.email') },
    { accessor: 'city', title: t('partner.participants.city'), sortable: true },
    {
      accessor: 'status',
      title: t('partner.participants.status'),
      sortable: true,
      render: (row) => <StatusBadge kind="participant" status={row.status} />,
    },
    {
      accessor: 'createdAt',
      title: t('partner.participants.registered'),
      sortable: true,
      numeric: true,
      render: (row) => format.date(row.createdAt),
    },
  ];
  const filtered = list.filters.status !== ALL || list.filters.search !== '';

  return (
    <DataTable<Row>
      testId="partner-participants"
      rowTestId="participant-row"
      records={page?.items}
      total={page?.total}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      {...list.tableProps}
      onRowClick={(row) => onOpen(row.id)}
      filtered={filtered}
      emptyTitle={filtered ? undefined : t('partner.participants.emptyTitle')}
      emptyDescription={filtered ? undefined : t('partner.participants.emptyText')}
      filters={
        <Group justify="space-between" wrap="wrap" gap="sm">
          <StatusFilter value={list.filters.status} onChange={(value) => list.setFilter('status', value)} />
          <SearchFilter
            value={list.filters.search}
            onChange={(value) => list.setFilter('search', value)}
            placeholder={t('partner.participants.searchPlaceholder')}
          />
        </Group>
      }
    />
  );
}
