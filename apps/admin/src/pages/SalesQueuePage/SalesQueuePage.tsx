import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AdminSalesQueueDocument,
  type AdminSaleDecisionFragment,
  type AdminSaleRowFragment,
  type SaleDecisionReasonInput,
} from '@motiva/schema';
import { DataTable, errorMessageKey, notify, PageHeader, useListParams } from '@motiva/ui';
import { BulkBar } from './BulkBar';
import { DecisionResults } from './DecisionResults';
import { RejectSalesModal } from './RejectSalesModal';
import { SaleDrawer } from './SaleDrawer';
import { SalesFilters } from './SalesFilters';
import { useSaleColumns } from './saleColumns';
import { isFiltered, SALES_FILTER_DEFAULTS, toSaleFilter, type SalesFilterKey } from './saleFilter';
import { useSaleDecisions } from './useSaleDecisions';

const saleName = (row: AdminSaleRowFragment) => `${row.participant.name} · ${row.promotion.name}`;

/**
 * The sales moderation queue: flagged sales first, then the oldest (the API's order), narrowed by
 * status, promotion, brand, partner, participant, flags and period (all in the URL). Pending sales
 * can be selected and approved or rejected together, with each sale's outcome shown after.
 */
export function SalesQueuePage() {
  const { t } = useTranslation();
  const list = useListParams({ filters: { ...SALES_FILTER_DEFAULTS }, sort: { column: 'queue', direction: 'asc' } });
  const filters = list.filters;
  const { data, previousData, loading, error, refetch } = useQuery(AdminSalesQueueDocument, {
    variables: { filter: toSaleFilter(filters), page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.salesQueue;
  const columns = useSaleColumns(t);
  const decisions = useSaleDecisions();
  const [selected, setSelected] = useState<AdminSaleRowFragment[]>([]);
  const [rejecting, setRejecting] = useState(false);
  const [results, setResults] = useState<{ rows: AdminSaleDecisionFragment[]; names: Map<string, string> } | null>(null);

  // The chosen records' names, from the rows (every row shown shares them).
  const first = page?.items[0];
  const known = {
    promotion: first?.promotion.id === filters.promotion ? first.promotion.name : null,
    brand: first?.promotion.brand.id === filters.brand ? first.promotion.brand.legalName : null,
    partner: first?.participant.partner?.id === filters.partner ? first.participant.partner.legalName : null,
    participant: first?.participant.id === filters.participant ? first.participant.name : null,
  };

  const setFilter = (key: SalesFilterKey, value: string) => {
    setSelected([]);
    list.setFilter(key, value);
  };
  const clearFilters = () => {
    setSelected([]);
    for (const key of Object.keys(SALES_FILTER_DEFAULTS) as SalesFilterKey[]) list.setFilter(key, SALES_FILTER_DEFAULTS[key]);
  };

  const decide = async (action: (ids: string[]) => Promise<AdminSaleDecisionFragment[]>) => {
    const names = new Map(selected.map((row) => [row.id, saleName(row)]));
    try {
      const rows = await action(selected.map((row) => row.id));
      setSelected([]);
      setRejecting(false);
      setResults({ rows, names });
    } catch (e) {
      notify.error(t(errorMessageKey(e)), t('admin.sales.results.failed'));
    }
  };

  const pendingView = filters.status === 'PENDING' && !isFiltered({ ...filters, status: 'PENDING' });
  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.sales.title')} description={t('admin.sales.subtitle')} />
      <DataTable<AdminSaleRowFragment>
        testId="sales-queue"
        rowTestId="sale-row"
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
        selectedRecords={selected}
        onSelectedRecordsChange={setSelected}
        isRecordSelectable={(row) => row.status === 'PENDING'}
        selectionLabel={(row) => t('admin.sales.selectLabel', { name: row.participant.name })}
        filtered={!pendingView}
        emptyTitle={pendingView ? t('admin.sales.emptyPending') : undefined}
        emptyDescription={pendingView ? t('admin.sales.emptyPendingText') : undefined}
        filters={
          <Stack gap="sm">
            <SalesFilters filters={filters} setFilter={setFilter} onClear={clearFilters} known={known} />
            <BulkBar
              count={selected.length}
              loading={decisions.loading}
              onApprove={() => void decide((ids) => decisions.approve(ids))}
              onReject={() => setRejecting(true)}
              onClear={() => setSelected([])}
            />
          </Stack>
        }
      />
      <RejectSalesModal
        opened={rejecting}
        count={selected.length}
        loading={decisions.loading}
        onClose={() => setRejecting(false)}
        onConfirm={(reason: SaleDecisionReasonInput) => void decide((ids) => decisions.reject(ids, reason))}
      />
      <DecisionResults results={results?.rows ?? null} names={results?.names ?? new Map()} onClose={() => setResults(null)} />
      <SaleDrawer id={list.param('id')} onClose={() => list.setParam('id', null)} onOpen={(id) => list.setParam('id', id)} />
    </Stack>
  );
}
