import { Paper } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PromotionHistoryDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { HistoryList, useListParams } from '@motiva/ui';
import { useBrandDescriber } from './useBrandDescriber';

/** Everything that happened to the promotion, its payout options and members, newest first. */
export function HistoryTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  // The page lives in the URL, so a reload or a shared link opens the same page of the history.
  const list = useListParams({ filters: {}, sort: { column: 'createdAt', direction: 'desc' } });
  const describe = useBrandDescriber(promotion);
  const { data, previousData, loading, error, refetch } = useQuery(PromotionHistoryDocument, {
    variables: { promotionId: promotion.id, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.promotionHistory;

  return (
    <Paper withBorder radius="md" px={{ base: 'sm', sm: 'md' }} py="xs">
      <HistoryList
        events={page?.items}
        describe={describe}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyTitle={t('brand.promotions.history.emptyTitle')}
        paging={page ? { total: page.total, offset: list.offset, limit: list.limit, onOffsetChange: list.setOffset } : undefined}
        testId="promotion-history"
      />
    </Paper>
  );
}
