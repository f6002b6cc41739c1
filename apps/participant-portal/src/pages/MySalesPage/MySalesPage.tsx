import { Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { MyPromotionOptionsDocument, MySalesDocument, type MySaleRowFragment, type SaleStatus } from '@motiva/schema';
import { DataTable, EmptyState, ErrorState, PageHeader, StatusBadge, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { DecisionReason } from '../../components/DecisionReason';
import { SaleCards } from './SaleCards';

const ALL = 'ALL';
const STATUSES: SaleStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'REVERSED'];

/** /sales: the participant's sales, newest first; cards on a phone, a table from the sm breakpoint. */
export function MySalesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const list = useListParams({ filters: { status: ALL, promotion: ALL }, sort: { column: 'submittedAt', direction: 'desc' } });
  const { status, promotion } = list.filters;
  const filtered = status !== ALL || promotion !== ALL;
  const { data, previousData, loading, error, refetch } = useQuery(MySalesDocument, {
    variables: {
      filter: { status: status === ALL ? null : (status as SaleStatus), promotionId: promotion === ALL ? null : promotion },
      page: { offset: list.offset, limit: list.limit },
    },
  });
  const promotions = useQuery(MyPromotionOptionsDocument, { variables: { page: { offset: 0, limit: 100 } } });
  const page = (data ?? previousData)?.mySales;
  const logSale = (
    <Button component={Link} to="/sales/new" size="md" data-testid="log-sale" w={{ base: '100%', xs: 'auto' }}>
      + {t('participant.sales.logSale')}
    </Button>
  );
  const emptyAction = (
    <Button component={Link} to="/sales/new" data-testid="empty-log-sale">
      + {t('participant.sales.logSale')}
    </Button>
  );

  const filters = (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={640}>
      <Select
        label={t('participant.sales.list.status')}
        data={[
          { value: ALL, label: t('participant.sales.list.allStatuses') },
          ...STATUSES.map((s) => ({ value: s, label: t(`glossary.saleStatus.${s}`) })),
        ]}
        value={status}
        onChange={(value) => list.setFilter('status', value ?? ALL)}
        allowDeselect={false}
        data-testid="sales-status-filter"
      />
      <Select
        label={t('participant.sales.list.promotion')}
        data={[
          { value: ALL, label: t('participant.sales.list.allPromotions') },
          ...(promotions.data?.promotions.items ?? []).filter((p) => p.myMembership).map((p) => ({ value: p.id, label: p.name })),
        ]}
        value={promotion}
        onChange={(value) => list.setFilter('promotion', value ?? ALL)}
        allowDeselect={false}
        searchable
        data-testid="sales-promotion-filter"
      />
    </SimpleGrid>
  );

  const columns: TableColumn<MySaleRowFragment>[] = [
    { accessor: 'receiptDate', title: t('participant.sales.list.date'), tabular: true, render: (s) => format.receiptDate(s.receiptDate) },
    {
      accessor: 'promotion',
      title: t('participant.sales.list.promotion'),
      width: '32%',
      render: (s) => (
        <Stack gap={2}>
          <Text fz="sm" fw={500}>
            {s.promotion.name}
          </Text>
          {s.status === 'REJECTED' && <DecisionReason sale={s} />}
        </Stack>
      ),
    },
    {
      accessor: 'amount',
      title: t('participant.sales.list.amount'),
      numeric: true,
      render: (s) => <span data-testid="sale-amount">{format.money(s.amount.amountMinor, s.amount.currency)}</span>,
    },
    {
      accessor: 'reward',
      title: t('participant.sales.list.reward'),
      numeric: true,
      render: (s) => (
        <Text
          fz="sm"
          fw={600}
          td={s.status === 'REJECTED' ? 'line-through' : undefined}
          c={s.status === 'REJECTED' ? 'dimmed' : undefined}
          span
          data-testid="sale-reward"
        >
          {format.money(s.reward.amountMinor, s.reward.currency)}
        </Text>
      ),
    },
    {
      accessor: 'status',
      title: t('participant.sales.list.status'),
      render: (s) => <StatusBadge kind="sale" status={s.status} testId="sale-status" />,
    },
    { accessor: 'submittedAt', title: t('participant.sales.list.submitted'), tabular: true, render: (s) => format.dateTime(s.submittedAt) },
  ];

  return (
    <Stack gap="lg" data-testid="my-sales-page">
      <PageHeader title={t('participant.sales.list.title')} description={t('participant.sales.list.subtitle')} actions={logSale} />
      {wide ? (
        <DataTable
          records={page?.items}
          columns={columns}
          total={page?.total}
          offset={list.offset}
          limit={list.limit}
          onOffsetChange={list.setOffset}
          onLimitChange={list.setLimit}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          filters={filters}
          filtered={filtered}
          emptyTitle={filtered ? undefined : t('participant.sales.list.emptyTitle')}
          emptyDescription={filtered ? undefined : t('participant.sales.list.emptyText')}
          emptyAction={filtered ? undefined : emptyAction}
          onRowClick={(sale) => void navigate(`/sales/${sale.id}`)}
          rowTestId="sale-row"
          testId="sales-table"
        />
      ) : (
        <Stack gap="sm">
          {filters}
          {error && !page ? (
            <Paper withBorder radius="md">
              <ErrorState error={error} onRetry={() => void refetch()} />
            </Paper>
          ) : !page ? (
            <Group justify="center" py="xl">
              <Loader />
            </Group>
          ) : page.items.length === 0 ? (
            <Paper withBorder radius="md">
              <EmptyState
                testId="sales-empty"
                title={t(filtered ? 'table.emptyFiltered' : 'participant.sales.list.emptyTitle')}
                description={filtered ? undefined : t('participant.sales.list.emptyText')}
                action={filtered ? undefined : emptyAction}
              />
            </Paper>
          ) : (
            <SaleCards sales={page.items} total={page.total} offset={list.offset} limit={list.limit} onOffsetChange={list.setOffset} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
