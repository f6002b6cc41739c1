import { useState } from 'react';
import { Anchor, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  BrandConversionsDocument,
  BrandTrackingStatsDocument,
  type BrandPromotionFieldsFragment,
  type ConversionRowFragment,
  type SaleSource,
  type SaleStatus,
  type TrackingStatsFieldsFragment,
} from '@motiva/schema';
import { ALL, DataTable, SearchFilter, useFormat, useListParams } from '@motiva/ui';
import { ManualSaleModal } from './ManualSaleModal';
import { conversionColumns, memberStatsColumns } from './reportColumns';
import { RefundModal } from './RefundModal';
import { conversionsCsvHref, formatRateBp, periodRange, PERIODS, type Period } from './reportFormat';

const SOURCES: SaleSource[] = ['TRACKING_LINK', 'PROMO_CODE', 'MANUAL'];
const STATUSES: SaleStatus[] = ['APPROVED', 'REVERSED'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * A promotion's conversion report: the period's totals, clicks, unique clicks, conversions and the rate per
 * member, then the conversions themselves with filters, their attribution and a CSV download of the same rows.
 */
export function ReportTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const list = useListParams({
    filters: { period: '30', member: ALL, source: ALL, status: ALL, order: '', statsOffset: '0' },
    sort: { column: 'orderedAt', direction: 'desc' },
    limit: 20,
  });
  const period: Period = (PERIODS as readonly string[]).includes(list.filters.period) ? (list.filters.period as Period) : '30';
  // The period starts at the top of the current hour, so the variables stay put between renders.
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  const range = periodRange(period, hour);
  const statsOffset = Math.max(0, Number(list.filters.statsOffset) || 0);
  const stats = useQuery(BrandTrackingStatsDocument, {
    variables: { promotionId: promotion.id, from: range.from, to: range.to, page: { offset: statsOffset, limit: 10 } },
    notifyOnNetworkStatusChange: true,
  });
  const filter = {
    promotionId: promotion.id,
    memberId: list.filters.member === ALL ? null : list.filters.member,
    source: list.filters.source === ALL ? null : (list.filters.source as SaleSource),
    status: list.filters.status === ALL ? null : (list.filters.status as SaleStatus),
    orderedFrom: range.from,
    orderId: list.filters.order || null,
  };
  const conversions = useQuery(BrandConversionsDocument, {
    variables: { filter, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const [refunding, setRefunding] = useState<ConversionRowFragment | null>(null);
  const [enteringSale, setEnteringSale] = useState(false);
  const report = (stats.data ?? stats.previousData)?.trackingStats;
  const page = (conversions.data ?? conversions.previousData)?.conversions;
  const rate = (bp: number) => formatRateBp(bp, i18n.language);
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  const filtered = filter.memberId != null || filter.source != null || filter.status != null || !!filter.orderId;

  const deps = { t, format, money, rate, onRefund: setRefunding };
  const statColumns = memberStatsColumns(deps);
  const columns = conversionColumns(deps);

  const totals = report?.totals;
  const summary = [
    { key: 'clicks', value: totals ? format.number(totals.clicks) : '—' },
    { key: 'uniqueClicks', value: totals ? format.number(totals.uniqueClicks) : '—' },
    { key: 'conversions', value: totals ? format.number(totals.conversions) : '—' },
    { key: 'rate', value: totals ? rate(totals.conversionRateBp) : '—' },
    { key: 'amount', value: totals ? money(totals.amount) : '—' },
    { key: 'commission', value: totals ? money(totals.commission) : '—' },
  ];

  return (
    <Stack gap="lg" data-testid="report-tab">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          value={period}
          onChange={(value) => list.setFilter('period', value)}
          data={PERIODS.map((p) => ({ value: p, label: t(`brand.promotions.report.period.${p}`) }))}
          data-testid="report-period"
        />
        <Tooltip label={t('brand.promotions.report.csvHint')} withinPortal>
          <Button component="a" href={conversionsCsvHref(filter)} download variant="light" data-testid="report-csv">
            {t('brand.promotions.report.csv')}
          </Button>
        </Tooltip>
      </Group>

      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" data-testid="report-totals">
        {summary.map((s) => (
          <Paper key={s.key} withBorder p="sm" radius="md">
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`brand.promotions.report.${s.key}`)}
            </Text>
            <Text fz="lg" fw={700} style={numeric} data-testid={`report-total-${s.key}`}>
              {s.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('brand.promotions.report.byMember')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('brand.promotions.report.byMemberHint')}
        </Text>
        <DataTable<TrackingStatsFieldsFragment>
          testId="report-stats"
          idAccessor="memberId"
          records={report?.items}
          total={report?.total}
          columns={statColumns}
          loading={stats.loading}
          error={stats.error}
          onRetry={() => void stats.refetch()}
          offset={statsOffset}
          limit={10}
          onOffsetChange={(next) => list.setFilter('statsOffset', String(next))}
          onRowClick={(r) => r.memberId && list.setFilter('member', r.memberId)}
          emptyTitle={t('brand.promotions.report.noMembersTitle')}
          emptyDescription={t('brand.promotions.report.noMembersText')}
        />
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="h4">
            {t('brand.promotions.report.conversionsTitle')}
          </Title>
          <Button variant="light" onClick={() => setEnteringSale(true)} data-testid="manual-sale-open">
            {t('brand.promotions.report.manualSale.open')}
          </Button>
        </Group>
        <DataTable<ConversionRowFragment>
          testId="report-conversions"
          rowTestId={(c) => `conversion-${c.orderId}`}
          records={page?.items}
          total={page?.total}
          columns={columns}
          loading={conversions.loading}
          error={conversions.error}
          onRetry={() => void conversions.refetch()}
          offset={list.offset}
          limit={list.limit}
          onOffsetChange={list.setOffset}
          onLimitChange={list.setLimit}
          filtered={filtered}
          emptyTitle={filtered ? undefined : t('brand.promotions.report.emptyTitle')}
          emptyDescription={filtered ? undefined : t('brand.promotions.report.emptyText')}
          filters={
            <Group gap="sm" wrap="wrap" align="flex-end">
              <SearchFilter
                value={list.filters.order}
                onChange={(value) => list.setFilter('order', value)}
                placeholder={t('brand.promotions.report.searchOrder')}
                testId="report-order-search"
              />
              <Select
                aria-label={t('brand.promotions.report.member')}
                value={list.filters.member}
                onChange={(value) => list.setFilter('member', value ?? ALL)}
                data={[
                  { value: ALL, label: t('brand.promotions.report.allMembers') },
                  ...(report?.items ?? []).filter((r) => r.memberId).map((r) => ({ value: r.memberId!, label: r.participantName ?? '' })),
                  ...(filter.memberId && !report?.items.some((r) => r.memberId === filter.memberId)
                    ? [{ value: filter.memberId, label: t('brand.promotions.report.chosenMember') }]
                    : []),
                ]}
                allowDeselect={false}
                w={200}
                data-testid="report-member-filter"
              />
              <Select
                aria-label={t('brand.promotions.report.source')}
                value={list.filters.source}
                onChange={(value) => list.setFilter('source', value ?? ALL)}
                data={[
                  { value: ALL, label: t('brand.promotions.report.allSources') },
                  ...SOURCES.map((s) => ({ value: s, label: t(`brand.promotions.report.sourceName.${s}`) })),
                ]}
                allowDeselect={false}
                w={180}
                data-testid="report-source-filter"
              />
              <Select
                aria-label={t('brand.promotions.report.status')}
                value={list.filters.status}
                onChange={(value) => list.setFilter('status', value ?? ALL)}
                data={[
                  { value: ALL, label: t('brand.promotions.report.allStatuses') },
                  ...STATUSES.map((s) => ({ value: s, label: t(`brand.promotions.report.statusName.${s}`) })),
                ]}
                allowDeselect={false}
                w={180}
                data-testid="report-status-filter"
              />
              {filtered && (
                <Anchor
                  component="button"
                  fz="sm"
                  onClick={() => {
                    list.setFilter('member', ALL);
                    list.setFilter('source', ALL);
                    list.setFilter('status', ALL);
                    list.setFilter('order', '');
                  }}
                >
                  {t('brand.promotions.report.clear')}
                </Anchor>
              )}
            </Group>
          }
        />
      </Stack>
      <RefundModal conversion={refunding} onClose={() => setRefunding(null)} />
      {enteringSale && <ManualSaleModal promotion={promotion} onClose={() => setEnteringSale(false)} />}
    </Stack>
  );
}
