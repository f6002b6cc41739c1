import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AdminPromotionHistoryDocument,
  AdminPromotionMemberNamesDocument,
  ProductQueueDocument,
  type AdminPromotionFieldsFragment,
} from '@motiva/schema';
import { HistoryList, isMemberAuditAction, unknownProductIds, useHistoryDescriber, type HistoryEvent } from '@motiva/ui';

const LIMIT = 20;

/** Everything that happened to the promotion, its payout options and members, newest first, in sentences. */
export function PromotionHistory({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(AdminPromotionHistoryDocument, {
    variables: { promotionId: promotion.id, page: { offset, limit: LIMIT } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const history = (data ?? previousData)?.promotionHistory;
  const events: HistoryEvent[] = useMemo(() => history?.items ?? [], [history]);
  // Member events carry the member's id only; the first 100 members name most of them.
  const members = useQuery(AdminPromotionMemberNamesDocument, {
    variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } },
    skip: !events.some((e) => isMemberAuditAction(e.action)),
  });
  const current = useMemo(() => new Map(promotion.products.map((p) => [p.id, p.name])), [promotion.products]);
  const missing = useMemo(() => unknownProductIds(events, current), [events, current]);
  // Products since taken out of the promotion are still the brand's: name them from its catalogue.
  const brandProducts = useQuery(ProductQueueDocument, {
    variables: { filter: { brandId: promotion.brand.id }, sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } },
    skip: missing.length === 0,
  });

  const lookup = useMemo(
    () => ({
      products: new Map([...(brandProducts.data?.products.items ?? []).map((p) => [p.id, p.name] as const), ...current]),
      partners: new Map((promotion.audiencePartners ?? []).map((p) => [p.id, p.legalName])),
      options: new Map(promotion.payoutOptions.map((o) => [o.id, { name: o.name, kind: o.kind }])),
      members: new Map(
        (members.data?.promotionMembers.items ?? []).map((m) => [m.id, { name: m.participant.name, kind: m.payoutOption.kind }]),
      ),
    }),
    [brandProducts.data, current, promotion, members.data],
  );
  const describe = useHistoryDescriber('admin', promotion.currency, lookup);

  return (
    <HistoryList
      events={history?.items}
      describe={describe}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      emptyTitle={t('admin.promotions.history.empty')}
      paging={history ? { total: history.total, offset, limit: LIMIT, onOffsetChange: setOffset } : undefined}
      testId="promotion-history"
    />
  );
}
