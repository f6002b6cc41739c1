import { useState } from 'react';
import { Button, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberHistoryDocument, type MemberStage, type ParticipantPromotionQuery, type PayoutKind } from '@motiva/schema';
import { EmptyState, ErrorState, useFormat } from '@motiva/ui';
import { usePayoutText } from '../../lib/promotionText';
import { Section } from '../../components/Section';

type Promotion = ParticipantPromotionQuery['promotion'];
type Membership = NonNullable<Promotion['myMembership']>;
type Snapshot = Record<string, unknown>;

const PAGE = 10;
/** The fields a history entry may carry, in the order they read best. payoutOptionId only helps to format values. */
const FIELDS = ['payoutOptionName', 'overrideValue', 'active', 'validFrom', 'validTo', 'stage'] as const;
/** Events that create the membership list its starting terms rather than changes. */
const CREATED = new Set(['member.joined', 'member.added']);
/** What the participant did themselves: no "by <own name>". */
const SELF = new Set(['member.joined', 'member.accepted', 'member.declined', 'member.left', 'member.rejoined']);
const EVENTS = new Set(['member.joined', 'member.added', 'member.accepted', 'member.updated', 'member.stage_changed', 'member.declined', 'member.left', 'member.rejoined']);

/** The membership's audit trail in plain sentences: "Payout option: Standard → Boosted". */
export function MemberHistory({ promotion, membership }: { promotion: Promotion; membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payoutText = usePayoutText();
  const [limit, setLimit] = useState(PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(MemberHistoryDocument, {
    variables: { memberId: membership.id, page: { offset: 0, limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.memberHistory;

  // An own value is read with the kind of the option it belonged to on that side of the change.
  const kindOf = (side: Snapshot): PayoutKind => {
    const optionId = typeof side.payoutOptionId === 'string' ? side.payoutOptionId : membership.payoutOption.id;
    return promotion.payoutOptions.find((o) => o.id === optionId)?.kind ?? membership.payoutOption.kind;
  };
  const value = (field: (typeof FIELDS)[number], side: Snapshot): string => {
    const raw = side[field];
    if (raw === null || raw === undefined || raw === '') return t('participant.promotion.history.notSet');
    switch (field) {
      case 'overrideValue':
        return payoutText(kindOf(side), String(raw), promotion.currency);
      case 'active':
        return raw ? t('participant.promotion.history.yes') : t('participant.promotion.history.no');
      case 'validFrom':
      case 'validTo':
        return format.date(String(raw));
      case 'stage':
        return t(`participant.stage.${raw as MemberStage}`);
      default:
        return String(raw);
    }
  };

  return (
    <Section title={t('participant.promotion.history.title')} testId="my-history">
      {error && !page ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : page.items.length === 0 ? (
        <EmptyState title={t('participant.promotion.history.empty')} testId="history-empty" />
      ) : (
        <Stack gap="md">
          <Timeline bulletSize={14} lineWidth={2} active={page.items.length}>
            {page.items.map((event) => {
              const before = event.before ?? {};
              const after = event.after ?? {};
              const created = CREATED.has(event.action);
              const lines = created
                ? (['payoutOptionName', 'stage'] as const)
                    .filter((f) => after[f] !== undefined && after[f] !== null)
                    .map((f) => `${t(`participant.promotion.history.field.${f}`)}: ${value(f, after)}`)
                : FIELDS.filter((f) => f in after || f in before).map(
                    (f) => `${t(`participant.promotion.history.field.${f}`)}: ${value(f, before)} → ${value(f, after)}`,
                  );
              const title = EVENTS.has(event.action)
                ? t(`participant.promotion.history.event.${event.action.replace('member.', '')}`)
                : t('participant.promotion.history.event.other');
              return (
                <Timeline.Item key={event.id} title={title} data-testid="history-event" data-action={event.action}>
                  <Stack gap={2}>
                    {lines.map((line) => (
                      <Text key={line} fz="sm" style={{ overflowWrap: 'break-word', fontVariantNumeric: 'tabular-nums' }} data-testid="history-change">
                        {line}
                      </Text>
                    ))}
                    <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.dateTime(event.createdAt)}
                      {event.actorName && !SELF.has(event.action) ? ` · ${t('participant.promotion.history.by', { actor: event.actorName })}` : ''}
                    </Text>
                  </Stack>
                </Timeline.Item>
              );
            })}
          </Timeline>
          {page.total > page.items.length && (
            <Button variant="subtle" onClick={() => setLimit((l) => l + PAGE)} loading={loading} data-testid="history-more">
              {t('participant.promotion.history.more')}
            </Button>
          )}
        </Stack>
      )}
    </Section>
  );
}
