import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnersDocument, type PartnerRowFieldsFragment, type PartnerSortField } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { PartnerDrawer } from '../../components/PartnerDrawer';
import { ModerationQueue, PhoneDetails, fromSm, useQueueParams } from '../../components/ModerationQueue';

const SORT_FIELDS: Record<string, PartnerSortField> = {
  legalName: 'LEGAL_NAME',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

export function PartnersQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { list, variables } = useQueueParams(SORT_FIELDS, 'CREATED_AT');
  const { data, previousData, loading, error, refetch } = useQuery(PartnersDocument, { variables, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.partners;

  const columns: TableColumn<PartnerRowFieldsFragment>[] = [
    {
      accessor: 'legalName',
      title: t('admin.fields.legalName'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
            {row.legalName}
          </Text>
          <PhoneDetails
            badge={<StatusBadge kind="partner" status={row.status} testId="status-badge-phone" />}
            lines={[
              `${t('admin.fields.taxId')} ${row.taxId}`,
              `${row.contactName} · ${row.contactEmail}`,
              t('admin.fields.participantCountValue', { count: format.number(row.participantCount) }),
              t('admin.fields.registeredOn', { date: format.dateTime(row.createdAt) }),
            ]}
          />
        </Stack>
      ),
    },
    { accessor: 'taxId', title: t('admin.fields.taxId'), numeric: true, visibleMediaQuery: fromSm },
    {
      accessor: 'contactName',
      title: t('admin.fields.contactName'),
      visibleMediaQuery: fromSm,
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
      visibleMediaQuery: fromSm,
      render: (row) => format.number(row.participantCount),
    },
    {
      accessor: 'status',
      title: t('admin.fields.status'),
      sortable: true,
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="partner" status={row.status} />,
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
    <ModerationQueue<PartnerRowFieldsFragment>
      textKey="admin.partners"
      testId="partners-queue"
      rowTestId="partner-row"
      list={list}
      page={page}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      drawer={(id, onClose) => <PartnerDrawer id={id} onClose={onClose} />}
    />
  );
}
