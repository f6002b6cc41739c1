import type { ReactNode } from 'react';
import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, SearchFilter, StatusFilter, type TableColumn } from '@motiva/ui';
import type { QueueList } from './useQueueParams';

export interface ModerationQueueProps<Row extends { id: string }> {
  /** i18n prefix with title, subtitle, searchPlaceholder and emptyPending, e.g. "admin.products". */
  textKey: string;
  testId: string;
  rowTestId: string;
  list: QueueList;
  page: { items: Row[]; total: number } | undefined;
  columns: TableColumn<Row>[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The detail drawer of the row whose id is in the URL. */
  drawer: (id: string | null, onClose: () => void) => ReactNode;
  /** The status the queue opens on (its "waiting" view); PENDING unless the subject has its own statuses. */
  pendingStatus?: string;
  /** Replaces the PENDING / APPROVED / REJECTED switch, for subjects with other statuses. */
  statusFilter?: ReactNode;
}

/** The page every admin moderation queue shares: header, status and search filters, table, drawer. */
export function ModerationQueue<Row extends { id: string }>(props: ModerationQueueProps<Row>) {
  const { t } = useTranslation();
  const { list, textKey } = props;
  const pendingView = list.filters.status === (props.pendingStatus ?? 'PENDING') && list.filters.search === '';
  return (
    <Stack gap={0}>
      <PageHeader title={t(`${textKey}.title`)} description={t(`${textKey}.subtitle`)} />
      <DataTable<Row>
        testId={props.testId}
        rowTestId={props.rowTestId}
        records={props.page?.items}
        total={props.page?.total}
        columns={props.columns}
        loading={props.loading}
        error={props.error}
        onRetry={props.onRetry}
        {...list.tableProps}
        onRowClick={(row) => list.setParam('id', row.id)}
        filtered={!pendingView}
        emptyTitle={pendingView ? t(`${textKey}.emptyPending`) : undefined}
        filters={
          <Group justify="space-between" wrap="wrap" gap="sm">
            {props.statusFilter ?? (
              <StatusFilter
                value={list.filters.status}
                onChange={(value) => list.setFilter('status', value)}
                testId="queue-status-filter"
              />
            )}
            <SearchFilter
              value={list.filters.search}
              onChange={(value) => list.setFilter('search', value)}
              placeholder={t(`${textKey}.searchPlaceholder`)}
              testId="queue-search"
            />
          </Group>
        }
      />
      {props.drawer(list.param('id'), () => list.setParam('id', null))}
    </Stack>
  );
}
