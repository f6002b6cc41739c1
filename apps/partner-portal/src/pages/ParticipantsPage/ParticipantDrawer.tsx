import { useEffect, useState } from 'react';
import { Anchor, Center, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { PartnerParticipantStatsDocument, PartnerParticipantSummaryDocument, PartnerSalesDocument } from '@motiva/schema';
import { DetailList, ErrorState, SalesTable, StatusBadge, errorCode, useFormat } from '@motiva/ui';
import { usePartnerSalesT } from '../../components/salesMessages';

const SALES_PAGE = 10;

/**
 * One of the company's participants: contacts, their results (per currency) and their sales, newest
 * first. A sale opens the sale drawer on top (the page keeps its id in the URL).
 */
export function ParticipantDrawer({
  id,
  onClose,
  onOpenSale,
}: {
  id: string | null;
  onClose: () => void;
  onOpenSale: (saleId: string) => void;
}) {
  const t = usePartnerSalesT();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(0), [id]);
  const skip = !id;
  const summary = useQuery(PartnerParticipantSummaryDocument, { variables: { id: id ?? '' }, skip });
  const stats = useQuery(PartnerParticipantStatsDocument, { variables: { filter: { participantId: id }, page: { limit: 10 } }, skip });
  const sales = useQuery(PartnerSalesDocument, {
    variables: { filter: { participantId: id }, page: { offset, limit: SALES_PAGE } },
    skip,
    notifyOnNetworkStatusChange: true,
  });
  const person = summary.data?.participant && summary.data.participant.id === id ? summary.data.participant : undefined;
  const results = stats.data?.partnerParticipantStats.items.filter((row) => row.participant.id === id) ?? [];
  const salesPage = sales.data?.partnerSales ?? sales.previousData?.partnerSales;

  let body;
  if (!person) {
    body =
      summary.error && !summary.loading ? (
        errorCode(summary.error) === 'NOT_FOUND' ? (
          <Text c="dimmed">{t('errors.NOT_FOUND')}</Text>
        ) : (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        )
      ) : (
        <Center py="xl">
          <Loader />
        </Center>
      );
  } else {
    body = (
      <Stack gap="lg" data-testid="participant-drawer-body" data-participant-id={person.id}>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Title order={3} fz="h4" style={{ overflowWrap: 'anywhere' }}>
              {person.name}
            </Title>
            <StatusBadge kind="participant" status={person.status} />
          </Group>
          <DetailList
            items={[
              { label: t('partner.sales.person.city'), value: person.city },
              { label: t('partner.sales.person.email'), value: person.email },
              { label: t('partner.sales.person.phone'), value: person.phone, numeric: true },
            ]}
          />
        </Stack>
        <Divider />
        <Stack gap="xs" data-testid="participant-results-summary">
          <Title order={4} fz="h5">
            {t('partner.sales.person.results')}
          </Title>
          {stats.error && !stats.loading ? (
            <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
          ) : results.length === 0 ? (
            stats.loading ? (
              <Loader size="sm" />
            ) : (
              <Text c="dimmed" fz="sm">
                {t('partner.sales.person.noSales')}
              </Text>
            )
          ) : (
            results.map((row) => (
              <DetailList
                key={row.salesAmount.currency}
                items={[
                  {
                    label: t('partner.sales.results.sales'),
                    value: format.number(row.salesCount),
                    numeric: true,
                    testId: 'person-sales-count',
                  },
                  {
                    label: t('partner.sales.results.salesAmount'),
                    value: format.money(row.salesAmount.amountMinor, row.salesAmount.currency),
                    numeric: true,
                  },
                  {
                    label: t('partner.sales.results.earned'),
                    value: format.money(row.pointsEarned.amountMinor, row.pointsEarned.currency),
                    numeric: true,
                  },
                  {
                    label: t('partner.sales.results.pending'),
                    value: format.money(row.pointsPending.amountMinor, row.pointsPending.currency),
                    numeric: true,
                  },
                  { label: t('partner.sales.results.lastSale'), value: format.dateTime(row.lastSaleAt), numeric: true },
                ]}
              />
            ))
          )}
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Group justify="space-between" align="baseline">
            <Title order={4} fz="h5">
              {t('partner.sales.person.sales')}
            </Title>
            <Anchor component={Link} to={`/sales?participant=${encodeURIComponent(person.id)}`} fz="sm" data-testid="person-all-sales">
              {t('partner.sales.person.allSales')}
            </Anchor>
          </Group>
          <SalesTable
            testId="participant-sales"
            showParticipant={false}
            records={salesPage?.items}
            total={salesPage?.total}
            loading={sales.loading}
            error={sales.error}
            onRetry={() => void sales.refetch()}
            offset={offset}
            limit={SALES_PAGE}
            onOffsetChange={setOffset}
            onOpen={(row) => onOpenSale(row.id)}
            emptyTitle={t('partner.sales.person.noSales')}
          />
        </Stack>
      </Stack>
    );
  }

  return (
    <Drawer
      opened={!!id}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('partner.sales.person.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ content: { maxWidth: '100vw' }, title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="participant-drawer"
    >
      {body}
    </Drawer>
  );
}
