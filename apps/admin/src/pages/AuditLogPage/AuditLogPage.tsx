import { Badge, Box, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AuditEventsDocument, type AuditEventsQuery } from '@motiva/schema';
import { ALL, DataTable, PageHeader, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { AuditChanges } from '../../components/AuditChanges';

type AuditRow = AuditEventsQuery['auditEvents']['items'][number];

/** The entity types the API records today (AuditEvent.entityType). */
const ENTITY_TYPES = ['Participant', 'Partner', 'Product', 'Brand', 'User'];

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: { entityType: ALL }, sort: { column: 'createdAt', direction: 'desc' }, limit: 50 });
  const entityType = list.filters.entityType === ALL ? null : list.filters.entityType;
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: { filter: { entityType }, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.auditEvents;

  const columns: TableColumn<AuditRow>[] = [
    { accessor: 'createdAt', title: t('admin.audit.time'), tabular: true, width: 190, render: (row) => format.dateTime(row.createdAt) },
    {
      accessor: 'action',
      title: t('admin.audit.action'),
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm">{t(`admin.audit.actions.${row.action}`, { defaultValue: row.action })}</Text>
          <Text fz="xs" c="dimmed" ff="monospace">
            {row.action}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'entityType',
      title: t('admin.audit.entityType'),
      render: (row) => (
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" radius="sm">
            {t(`admin.audit.entities.${row.entityType}`, { defaultValue: row.entityType })}
          </Badge>
          <Text fz="xs" c="dimmed" ff="monospace" truncate maw={120} title={row.entityId}>
            {row.entityId}
          </Text>
        </Group>
      ),
    },
    { accessor: 'actorName', title: t('admin.audit.actor'), render: (row) => row.actorName ?? <Text c="dimmed" fz="sm">{t('admin.audit.system')}</Text> },
  ];

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.audit.title')} description={t('admin.audit.subtitle')} />
      <DataTable<AuditRow>
        testId="audit-log"
        rowTestId="audit-row"
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
        filtered={entityType !== null}
        emptyTitle={entityType === null ? t('admin.audit.emptyTitle') : undefined}
        rowExpansion={{
          allowMultiple: true,
          content: ({ record }) => (
            <Box px="md" py="sm" bg="gray.0">
              <AuditChanges before={record.before} after={record.after} />
            </Box>
          ),
        }}
        filters={
          <Group gap="sm">
            <Select
              aria-label={t('admin.audit.entityFilter')}
              value={list.filters.entityType}
              onChange={(value) => list.setFilter('entityType', value ?? ALL)}
              allowDeselect={false}
              data-testid="audit-entity-filter"
              w={220}
              data={[
                { value: ALL, label: t('admin.audit.allEntities') },
                ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`admin.audit.entities.${type}`) })),
              ]}
            />
          </Group>
        }
      />
    </Stack>
  );
}
