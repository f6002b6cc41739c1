import { useMemo, useState } from 'react';
import { Box, Center, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AdminPromotionHistoryDocument,
  AdminPromotionMemberNamesDocument,
  ProductQueueDocument,
  type AdminPromotionFieldsFragment,
} from '@motiva/schema';
import { EmptyState, ErrorState, useFormat } from '@motiva/ui';
import { usePayoutText } from '../../shared/payout';
import { ChangeList } from './ChangeList';
import { describeEvent, unknownProductIds, type HistoryEvent, type HistoryLookup } from './describeEvent';

const LIMIT = 20;

/** Everything that happened to the promotion, its payout options and members, newest first, in sentences. */
export function PromotionHistory({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payout = usePayoutText(promotion.currency);
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(AdminPromotionHistoryDocument, {
    variables: { promotionId: promotion.id, page: { offset, limit: LIMIT } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const history = (data ?? previousData)?.promotionHistory;
  const events: HistoryEvent[] = history?.items ?? [];
  const hasMemberEvents = events.some((e) => e.action.startsWith('member.'));
  // Member events carry the member's id only; the first 100 members name most of them.
  const members = useQuery(AdminPromotionMemberNamesDocument, {
    variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } },
    skip: !hasMemberEvents,
  });

  const current = useMemo(() => new Map(promotion.products.map((p) => [p.id, p.name])), [promotion.products]);
  const missing = useMemo(() => unknownProductIds(events, current), [events, current]);
  // Products since taken out of the promotion are still the brand's: name them from its catalogue.
  const brandProducts = useQuery(ProductQueueDocument, {
    variables: { filter: { brandId: promotion.brand.id }, sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } },
    skip: missing.length === 0,
  });

  const lookup = useMemo((): HistoryLookup => {
    const options = new Map(promotion.payoutOptions.map((o) => [o.id, { name: o.name, kind: o.kind }]));
    return {
      t: (key, options) => t(key, options),
      format,
      payout,
      products: new Map([...(brandProducts.data?.products.items ?? []).map((p) => [p.id, p.name] as const), ...current]),
      partners: new Map((promotion.audiencePartners ?? []).map((p) => [p.id, p.legalName])),
      options,
      members: new Map((members.data?.promotionMembers.items ?? []).map((m) => [m.id, { name: m.participant.name, kind: m.payoutOption.kind }])),
    };
  }, [t, format, payout, brandProducts.data, current, promotion, members.data]);

  if (!history) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} testId="history-error" />;
    return (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (history.total === 0) return <EmptyState title={t('admin.promotions.history.empty')} testId="history-empty" />;

  return (
    <Stack gap="sm" data-testid="promotion-history" style={{ opacity: loading ? 0.6 : 1 }}>
      <Stack gap={0}>
        {events.map((event) => {
          const described = describeEvent(event, lookup);
          return (
            <Box key={event.id} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} data-testid="history-event" data-action={event.action}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="history-sentence">
                    {described.sentence}
                  </Text>
                  <ChangeList changes={described.changes} />
                </Stack>
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text fz="xs" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {format.dateTime(event.createdAt)}
                  </Text>
                  <Text fz="xs" c="dimmed" fs={event.actorName ? undefined : 'italic'} ta="right" maw={220} style={{ overflowWrap: 'anywhere' }}>
                    {event.actorName ?? t('admin.promotions.history.system')}
                  </Text>
                </Stack>
              </Group>
            </Box>
          );
        })}
      </Stack>
      {history.total > LIMIT && (
        <Group justify="space-between">
          <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('table.range', { from: offset + 1, to: Math.min(offset + LIMIT, history.total), total: history.total })}
          </Text>
          <Pagination
            size="sm"
            total={Math.ceil(history.total / LIMIT)}
            value={Math.floor(offset / LIMIT) + 1}
            onChange={(page) => setOffset((page - 1) * LIMIT)}
          />
        </Group>
      )}
    </Stack>
  );
}
