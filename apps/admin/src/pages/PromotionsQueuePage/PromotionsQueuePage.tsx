import { Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminPromotionsDocument, type AdminPromotionRowFragment, type PromotionSortField, type PromotionStatus } from '@motiva/schema';
import {
  ALL,
  DateTimeCell,
  IconAlert,
  StatusBadge,
  isStatusOf,
  statusLabelKey,
  useFormat,
  usePayoutText,
  type TableColumn,
} from '@motiva/ui';
import { ModerationQueue, PhoneDetails, fromSm, useQueueParams } from '../../components/ModerationQueue';
import { PromotionDrawer } from '../../components/PromotionDrawer';

/** The status filter's choices: the queue's own status first, then the order a promotion lives through. */
const FILTER_STATUSES: PromotionStatus[] = ['IN_REVIEW', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED', 'REJECTED', 'DRAFT'];

const SORT_FIELDS: Record<string, PromotionSortField> = {
  name: 'NAME',
  status: 'STATUS',
  startsAt: 'STARTS_AT',
  endsAt: 'ENDS_AT',
  createdAt: 'CREATED_AT',
};

/** The default option in words, and how many others there are. */
function PayoutSummary({ row }: { row: AdminPromotionRowFragment }) {
  const { t } = useTranslation();
  const payout = usePayoutText(row.currency);
  const main = row.payoutOptions.find((o) => o.isDefault) ?? row.payoutOptions[0];
  if (!main) {
    return (
      <Text fz="sm" c="dimmed">
        {t('admin.promotions.noOptions')}
      </Text>
    );
  }
  const others = row.payoutOptions.length - 1;
  return (
    <Stack gap={0}>
      <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="payout-summary">
        {payout.withUnit(main.kind, main.value)}
      </Text>
      <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {main.name}
        {others > 0 && ` · ${t('admin.promotions.moreOptions', { count: others })}`}
      </Text>
    </Stack>
  );
}

/** On phones: the product count (and how many wait for approval) and the default option, in one line. */
function PhoneProductsAndPayout({ row }: { row: AdminPromotionRowFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payout = usePayoutText(row.currency);
  const main = row.payoutOptions.find((o) => o.isDefault) ?? row.payoutOptions[0];
  const notApproved = row.products.filter((p) => p.status !== 'APPROVED').length;
  return (
    <>
      {t('admin.promotions.productCount', { count: row.products.length, formatted: format.number(row.products.length) })}
      {notApproved > 0 && (
        <Text span fz="xs" c="orange.8">
          {' '}
          ({t('admin.promotions.productsNotApproved', { count: notApproved })})
        </Text>
      )}
      {' · '}
      {main ? payout.withUnit(main.kind, main.value) : t('admin.promotions.noOptions')}
    </>
  );
}

/** Promotions waiting for a decision first (IN_REVIEW, soonest start on top); any status on demand. */
export function PromotionsQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { list, variables, pendingStatus } = useQueueParams(SORT_FIELDS, 'STARTS_AT', {
    pendingStatus: 'IN_REVIEW',
    // The one starting soonest is the most urgent to decide.
    sort: { column: 'startsAt', direction: 'asc' },
  });
  // An unknown status in a hand-edited URL would be refused by the API: show all instead.
  const status = list.filters.status === ALL || !isStatusOf('promotion', list.filters.status) ? null : list.filters.status;
  const { data, previousData, loading, error, refetch } = useQuery(AdminPromotionsDocument, {
    variables: {
      filter: { statuses: status ? [status] : null, search: variables.filter.search },
      sort: variables.sort,
      page: variables.page,
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotions;

  const columns: TableColumn<AdminPromotionRowFragment>[] = [
    {
      accessor: 'name',
      title: t('admin.promotions.columns.name'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }} data-testid="promotion-name">
            {row.name}
          </Text>
          {/* On phones the brand, status, dates, products and payout columns are folded in here. */}
          <PhoneDetails
            badge={<StatusBadge kind="promotion" status={row.status} testId="status-badge-phone" />}
            lines={[
              row.brand.legalName,
              `${format.date(row.startsAt)} – ${format.date(row.endsAt)}`,
              <PhoneProductsAndPayout key="terms" row={row} />,
            ]}
          />
        </Stack>
      ),
    },
    {
      accessor: 'brand',
      title: t('admin.promotions.columns.brand'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
          {row.brand.legalName}
        </Text>
      ),
    },
    {
      accessor: 'status',
      title: t('admin.promotions.columns.status'),
      sortable: true,
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="promotion" status={row.status} />,
    },
    {
      accessor: 'startsAt',
      title: t('admin.promotions.columns.startsAt'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.startsAt} />,
    },
    {
      accessor: 'endsAt',
      title: t('admin.promotions.columns.endsAt'),
      sortable: true,
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.endsAt} />,
    },
    {
      accessor: 'products',
      title: t('admin.promotions.columns.products'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => {
        const notApproved = row.products.filter((p) => p.status !== 'APPROVED').length;
        return (
          <Stack gap={0} align="flex-end">
            <Text fz="sm">{format.number(row.products.length)}</Text>
            {notApproved > 0 && (
              <Group gap={4} wrap="nowrap" align="flex-start" justify="flex-end" data-testid="products-not-approved">
                <IconAlert size={12} color="var(--mantine-color-orange-7)" />
                <Text fz="xs" c="orange.8" ta="right" style={{ whiteSpace: 'normal' }}>
                  {t('admin.promotions.productsNotApproved', { count: notApproved })}
                </Text>
              </Group>
            )}
          </Stack>
        );
      },
    },
    {
      accessor: 'payoutOptions',
      title: t('admin.promotions.columns.payoutOptions'),
      visibleMediaQuery: fromSm,
      render: (row) => <PayoutSummary row={row} />,
    },
  ];

  return (
    <ModerationQueue<AdminPromotionRowFragment>
      textKey="admin.promotions"
      testId="promotions-queue"
      rowTestId="promotion-row"
      list={list}
      page={page}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      pendingStatus={pendingStatus}
      statusFilter={
        <Select
          aria-label={t('admin.promotions.statusFilter')}
          value={list.filters.status}
          onChange={(value) => list.setFilter('status', value ?? pendingStatus)}
          allowDeselect={false}
          maxDropdownHeight={360}
          data-testid="queue-status-filter"
          w={{ base: '100%', sm: 240 }}
          data={[
            ...FILTER_STATUSES.map((s) => ({ value: s, label: t(statusLabelKey('promotion', s)) })),
            { value: ALL, label: t('admin.promotions.allStatuses') },
          ]}
        />
      }
      drawer={(id, onClose) => <PromotionDrawer id={id} onClose={onClose} />}
    />
  );
}
