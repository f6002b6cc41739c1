import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PromotionHistoryDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { DataTable, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { ChangeList } from './ChangeList';
import { useDescribeEvent, type HistoryEvent } from './describeEvent';

/** Everything that happened to the promotion, its payout options and members, newest first. */
export function HistoryTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: {}, sort: { column: 'createdAt', direction: 'desc' } });
  const describe = useDescribeEvent(promotion);
  const { data, previousData, loading, error, refetch } = useQuery(PromotionHistoryDocument, {
    variables: { promotionId: promotion.id, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.promotionHistory;

  const columns: TableColumn<HistoryEvent>[] = [
    {
      accessor: 'createdAt',
      title: t('brand.promotions.history.when'),
      width: 130,
      render: (e) => (
        <Stack gap={0}>
          <Text fz="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {format.date(e.createdAt)}
          </Text>
          <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {format.time(e.createdAt)}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'actorName',
      title: t('brand.promotions.history.who'),
      width: 200,
      render: (e) =>
        e.actorName ? (
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {e.actorName}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed" fs="italic">
            {t('brand.promotions.history.system')}
          </Text>
        ),
    },
    {
      accessor: 'action',
      title: t('brand.promotions.history.what'),
      render: (e) => {
        const d = describe(e);
        return (
          <Stack gap={6}>
            <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="history-sentence" data-action={e.action}>
              {d.sentence}
            </Text>
            <ChangeList changes={d.changes} />
          </Stack>
        );
      },
    },
  ];

  return (
    <DataTable<HistoryEvent>
      testId="promotion-history"
      rowTestId="history-row"
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
      emptyTitle={t('brand.promotions.history.emptyTitle')}
    />
  );
}
