import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyTrackingResultsDocument } from '@motiva/schema';
import { EmptyState, ErrorState, StatusBadge, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';
import { numeric } from './types';

/**
 * A member of a link or code promotion: their clicks, unique clicks, orders and commission, then their latest
 * orders (attributed to their link or code) in compact cards, phone first.
 */
export function TrackingSection({ promotionId }: { promotionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(MyTrackingResultsDocument, { variables: { promotionId } });
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  const totals = data?.myTrackingStats.totals;
  const orders = data?.myConversions;
  const figures = [
    { key: 'clicks', value: totals ? format.number(totals.clicks) : '—' },
    { key: 'uniqueClicks', value: totals ? format.number(totals.uniqueClicks) : '—' },
    { key: 'conversions', value: totals ? format.number(totals.conversions) : '—' },
    { key: 'commission', value: totals ? money(totals.commission) : '—' },
  ];

  return (
    <Section title={t('participant.trackingResults.title')} description={t('participant.trackingResults.hint')} testId="my-tracking">
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {figures.map((f) => (
              <Paper key={f.key} withBorder radius="md" p="xs">
                <Text fz="xs" c="dimmed">
                  {t(`participant.trackingResults.${f.key}`)}
                </Text>
                <Text fw={700} style={numeric} data-testid={`tracking-${f.key}`}>
                  {f.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {orders && orders.items.length === 0 ? (
            <EmptyState
              title={t('participant.trackingResults.emptyTitle')}
              description={t('participant.trackingResults.emptyText')}
              testId="tracking-empty"
            />
          ) : (
            <Stack gap="xs" data-testid="tracking-orders">
              {orders?.items.map((o) => (
                <Paper key={o.id} withBorder radius="md" p="sm" data-testid={`tracking-order-${o.orderId}`}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fz="sm" fw={600} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {o.orderId}
                      </Text>
                      <Text fz="xs" c="dimmed" style={numeric}>
                        {format.dateTime(o.orderedAt)} · {t(`participant.trackingResults.decidedBy.${o.attribution.decidedBy}`)}
                      </Text>
                    </Stack>
                    <StatusBadge kind="sale" status={o.status} />
                  </Group>
                  <Group justify="space-between" mt={6} gap="xs">
                    <Text fz="sm" style={numeric}>
                      {t('participant.trackingResults.order', { amount: money(o.amount) })}
                    </Text>
                    {/* A fully refunded order earns nothing: its commission is shown struck through. */}
                    <Text
                      fz="sm"
                      fw={600}
                      c={o.status === 'REVERSED' ? 'dimmed' : 'green.8'}
                      td={o.status === 'REVERSED' ? 'line-through' : undefined}
                      style={numeric}
                    >
                      +{money(o.commission)}
                    </Text>
                  </Group>
                  {o.commissionReversed.amountMinor !== '0' && (
                    <Text fz="xs" c="orange.8" mt={2} style={numeric}>
                      {t('participant.trackingResults.refunded', { refunded: money(o.refunded), reversed: money(o.commissionReversed) })}
                    </Text>
                  )}
                </Paper>
              ))}
              {orders && orders.total > orders.items.length && (
                <Text fz="xs" c="dimmed">
                  {t('participant.trackingResults.more', { count: orders.total - orders.items.length })}
                </Text>
              )}
            </Stack>
          )}
        </Stack>
      )}
    </Section>
  );
}
