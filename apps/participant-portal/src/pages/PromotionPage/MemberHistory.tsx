import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberHistoryDocument } from '@motiva/schema';
import { HistoryList, SELF_ACTIONS, isMemberAuditAction, useHistoryDescriber, type HistoryEvent } from '@motiva/ui';
import { Section } from '../../components/Section';
import type { Membership, Promotion } from './types';

const PAGE = 10;

/** The membership's audit trail in the participant's words: "Your terms were changed · Payout option: Standard → Boosted". */
export function MemberHistory({ promotion, membership }: { promotion: Promotion; membership: Membership }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(MemberHistoryDocument, {
    variables: { memberId: membership.id, page: { offset: 0, limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.memberHistory;
  const items = page?.items;
  // Every event is about this membership: its id reads an own value with its option's kind.
  const events = useMemo(() => items?.map((e) => ({ ...e, entityId: membership.id })), [items, membership.id]);
  const lookup = useMemo(
    () => ({
      options: new Map(promotion.payoutOptions.map((o) => [o.id, { name: o.name, kind: o.kind }])),
      members: new Map([[membership.id, { name: '', kind: membership.payoutOption.kind }]]),
    }),
    [promotion.payoutOptions, membership],
  );
  const describe = useHistoryDescriber('participant', promotion.currency, lookup);
  // What they did themselves is not signed with their own name; the brand's changes are.
  const actor = (event: HistoryEvent) => {
    const self = isMemberAuditAction(event.action) && SELF_ACTIONS.has(event.action);
    return event.actorName && !self ? t('history.by', { actor: event.actorName }) : null;
  };

  return (
    <Section title={t('participant.promotion.history.title')} testId="my-history">
      <HistoryList
        variant="timeline"
        events={events}
        describe={describe}
        actor={actor}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyTitle={t('participant.promotion.history.empty')}
        onMore={page && page.total > page.items.length ? () => setLimit((l) => l + PAGE) : undefined}
      />
    </Section>
  );
}
