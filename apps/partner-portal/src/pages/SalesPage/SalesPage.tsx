import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PartnerSalePromotionOptionsDocument, PartnerSalesDocument } from '@motiva/schema';
import { PageHeader, SaleListFilters, SalesTable, useSaleListParams } from '@motiva/ui';
import { ParticipantPicker } from '../../components/ParticipantPicker';
import { PartnerSaleDrawer } from '../../components/PartnerSaleDrawer';
import { usePartnerSalesT } from '../../components/salesMessages';

/** Every sale of the company's own participants, newest first, with the sale's details in a drawer. */
export function SalesPage() {
  const t = usePartnerSalesT();
  const list = useSaleListParams();
  const options = useQuery(PartnerSalePromotionOptionsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerSalesDocument, {
    variables: { filter: list.saleFilter, page: { offset: list.offset, limit: list.limit } },
    skip: list.skip,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.partnerSales;
  const saleId = list.param('sale');

  return (
    <Stack gap={0}>
      <PageHeader title={t('partner.sales.title')} description={t('partner.sales.subtitle')} />
      <SalesTable
        testId="partner-sales"
        records={page?.items}
        total={page?.total}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        offset={list.offset}
        limit={list.limit}
        onOffsetChange={list.setOffset}
        onLimitChange={list.setLimit}
        onOpen={(row) => list.setParam('sale', row.id)}
        filtered={list.filtered}
        emptyTitle={list.filtered ? undefined : t('partner.sales.emptyTitle')}
        emptyDescription={list.filtered ? undefined : t('partner.sales.emptyText')}
        filters={
          <SaleListFilters
            values={list.filters}
            onChange={list.setFilter}
            onClear={list.clear}
            participantFilter={<ParticipantPicker value={list.filters.participant} onChange={(id) => list.setFilter('participant', id)} />}
            promotions={options.data?.promotions.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      />
      <PartnerSaleDrawer id={saleId} onClose={() => list.setParam('sale', null)} />
    </Stack>
  );
}
