import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandSalePromotionsDocument, BrandSalesDocument } from '@motiva/schema';
import { PageHeader, SaleListFilters, SalesTable, useSaleListParams } from '@motiva/ui';
import { BrandSaleDrawer } from '../../components/BrandSaleDrawer';
import { BudgetByPromotion } from './BudgetByPromotion';

/** The sales in the brand's promotions, read only, newest first; budget use per promotion above them. */
export function SalesPage() {
  const { t } = useTranslation();
  const list = useSaleListParams();
  const promotions = useQuery(BrandSalePromotionsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(BrandSalesDocument, {
    // The brand's list has no participant filter: a participant id in the URL is ignored.
    variables: { filter: { ...list.saleFilter, participantId: null }, page: { offset: list.offset, limit: list.limit } },
    skip: list.skip,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.brandSales;
  const filtered = list.filtered && !!(list.filters.promotion || list.filters.status || list.filters.from || list.filters.to);

  return (
    <Stack gap={0}>
      <PageHeader title={t('brand.sales.title')} description={t('brand.sales.subtitle')} />
      {promotions.data && <BudgetByPromotion promotions={promotions.data.promotions.items} chosen={list.filters.promotion} />}
      <SalesTable
        testId="brand-sales"
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
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('brand.sales.emptyTitle')}
        emptyDescription={filtered ? undefined : t('brand.sales.emptyText')}
        filters={
          <SaleListFilters
            values={list.filters}
            onChange={list.setFilter}
            onClear={list.clear}
            promotions={promotions.data?.promotions.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      />
      <BrandSaleDrawer id={list.param('sale')} onClose={() => list.setParam('sale', null)} />
    </Stack>
  );
}
