import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ConversionRowFragment, TrackingStatsFieldsFragment } from '@motiva/schema';
import { StatusBadge, type TableColumn, type useFormat } from '@motiva/ui';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** What the report's columns need from the tab: words, formats, and the refund action. */
export interface ReportColumnDeps {
  t: TFunction;
  format: ReturnType<typeof useFormat>;
  money: (m: { amountMinor: string; currency: string }) => string;
  rate: (bp: number) => string;
  onRefund: (conversion: ConversionRowFragment) => void;
}

/** Per member: clicks, unique clicks, conversions, the rate and the amounts, numbers right-aligned. */
export function memberStatsColumns({ t, format, money, rate }: ReportColumnDeps): TableColumn<TrackingStatsFieldsFragment>[] {
  return [
    { accessor: 'participantName', title: t('brand.promotions.report.member'), render: (r) => r.participantName },
    { accessor: 'clicks', title: t('brand.promotions.report.clicks'), numeric: true, render: (r) => format.number(r.clicks) },
    {
      accessor: 'uniqueClicks',
      title: t('brand.promotions.report.uniqueClicks'),
      numeric: true,
      render: (r) => format.number(r.uniqueClicks),
    },
    {
      accessor: 'conversions',
      title: t('brand.promotions.report.conversions'),
      numeric: true,
      render: (r) => format.number(r.conversions),
    },
    { accessor: 'conversionRateBp', title: t('brand.promotions.report.rate'), numeric: true, render: (r) => rate(r.conversionRateBp) },
    { accessor: 'amount', title: t('brand.promotions.report.amount'), numeric: true, render: (r) => money(r.amount) },
    { accessor: 'commission', title: t('brand.promotions.report.commission'), numeric: true, render: (r) => money(r.commission) },
  ];
}

/** The conversions: order date, order and member, attribution in the reader's language, amounts with refunds, status. */
export function conversionColumns({ t, format, money, onRefund }: ReportColumnDeps): TableColumn<ConversionRowFragment>[] {
  return [
    {
      accessor: 'orderedAt',
      title: t('brand.promotions.report.orderedAt'),
      render: (c) => <span style={numeric}>{format.dateTime(c.orderedAt)}</span>,
    },
    {
      accessor: 'orderId',
      title: t('brand.promotions.report.orderId'),
      render: (c) => (
        <Stack gap={0}>
          <Text fz="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {c.orderId}
          </Text>
          <Text fz="xs" c="dimmed">
            {c.participantName}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'attribution',
      title: t('brand.promotions.report.attribution'),
      render: (c) => (
        <Stack gap={2} maw={280}>
          <Group gap={4} wrap="nowrap">
            <Badge
              size="sm"
              variant="light"
              color={c.attribution.decidedBy === 'CODE' ? 'grape' : c.attribution.decidedBy === 'CLICK' ? 'blue' : 'gray'}
            >
              {t(`brand.promotions.report.decidedBy.${c.attribution.decidedBy}`)}
            </Badge>
            {c.attribution.promoCode && (
              <Text fz="xs" ff="monospace">
                {c.attribution.promoCode}
              </Text>
            )}
          </Group>
          {(c.attribution.contest || c.attribution.codeAndClickAgreed) && (
            <Text fz="xs" c="dimmed">
              {c.attribution.contest
                ? t(`brand.promotions.report.contest.${c.attribution.contest}`)
                : t('brand.promotions.report.codeAndClickAgreed')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'amount',
      title: t('brand.promotions.report.amount'),
      numeric: true,
      render: (c) => (
        <Stack gap={0} align="flex-end">
          <span>{money(c.amount)}</span>
          {c.refunded.amountMinor !== '0' && (
            <Text fz="xs" c="orange">
              {t('brand.promotions.report.refunded', { amount: money(c.refunded) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'commission',
      title: t('brand.promotions.report.commission'),
      numeric: true,
      render: (c) => (
        <Stack gap={0} align="flex-end">
          <span>{money(c.commission)}</span>
          {c.commissionReversed.amountMinor !== '0' && (
            <Text fz="xs" c="orange">
              {t('brand.promotions.report.reversed', { amount: money(c.commissionReversed) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'status',
      title: t('brand.promotions.report.status'),
      render: (c) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge kind="sale" status={c.status} />
          {c.status === 'APPROVED' && c.refunded.amountMinor !== c.amount.amountMinor && (
            <Button size="compact-xs" variant="subtle" color="orange" onClick={() => onRefund(c)} data-testid={`refund-${c.orderId}`}>
              {t('brand.promotions.report.refund.action')}
            </Button>
          )}
        </Stack>
      ),
    },
  ];
}
