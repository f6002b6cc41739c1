import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ParticipantsDocument, type ParticipantRowFieldsFragment, type ParticipantSortField } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { ParticipantDrawer } from '../../components/ParticipantDrawer';
import { ModerationQueue, PhoneDetails, fromSm, useQueueParams } from '../../components/ModerationQueue';

const SORT_FIELDS: Record<string, ParticipantSortField> = {
  name: 'NAME',
  city: 'CITY',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

/** The participants moderation queue: PENDING first by default, oldest registrations on top. */
export function ParticipantsQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { list, variables } = useQueueParams(SORT_FIELDS, 'CREATED_AT');
  const { data, previousData, loading, error, refetch } = useQuery(ParticipantsDocument, { variables, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.participants;

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
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {row.email}
          </Text>
          <PhoneDetails
            badge={<StatusBadge kind="participant" status={row.status} testId="status-badge-phone" />}
            lines={[
              `${row.city} · ${row.partner?.legalName ?? t('common.platformStaff')}`,
              row.phone,
              t('admin.fields.registeredOn', { date: format.dateTime(row.createdAt) }),
            ]}
          />
        </Stack>
      ),
    },
    {
      accessor: 'phone',
      title: t('admin.fields.phone'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => row.phone ?? t('common.notSet'),
    },
    { accessor: 'city', title: t('admin.fields.city'), sortable: true, visibleMediaQuery: fromSm },
    {
      accessor: 'partner',
      title: t('admin.fields.partner'),
      visibleMediaQuery: fromSm,
      render: (row) =>
        row.partner?.legalName ?? (
          <Text c="dimmed" fz="sm">
            {t('common.platformStaff')}
          </Text>
        ),
    },
    {
      accessor: 'status',
      title: t('admin.fields.status'),
      sortable: true,
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="participant" status={row.status} />,
    },
    {
      accessor: 'createdAt',
      title: t('admin.fields.registered'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
  ];
  return (
    <ModerationQueue<ParticipantRowFieldsFragment>
      textKey="admin.participants"
      testId="participants-queue"
      rowTestId="participant-row"
      list={list}
      page={page}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      drawer={(id, onClose) => <ParticipantDrawer id={id} onClose={onClose} />}
    />
  );
}
