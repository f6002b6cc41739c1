import { Badge, Stack, Text, type MantineTheme } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PartnerPromotionMembersDocument, type PartnerPromotionMembersQuery } from '@motiva/schema';
import { ALL, DataTable, StatusBadge, isStatusOf, useFormat, useListParams, usePayoutText, type TableColumn } from '@motiva/ui';
import { MEMBER_FILTERS, MemberFilters } from './MemberFilters';

type Member = PartnerPromotionMembersQuery['promotionMembers']['items'][number];

/** Columns folded into the name cell (or dropped) on phones. */
const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** The partner's own people in the promotion: stage, whether their sales count, and what they earn. */
export function MembersTable({ promotionId, currency }: { promotionId: string; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payout = usePayoutText(currency);
  // Sorting is not offered by promotionMembers; filters and the page live in the URL.
  const list = useListParams({ filters: MEMBER_FILTERS, sort: { column: 'createdAt', direction: 'desc' } });
  const stage = isStatusOf('stage', list.filters.stage) ? list.filters.stage : null;
  const active = list.filters.active === 'true' ? true : list.filters.active === 'false' ? false : null;
  const { data, previousData, loading, error, refetch } = useQuery(PartnerPromotionMembersDocument, {
    variables: {
      promotionId,
      filter: { stage, active, search: list.filters.search || null },
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotionMembers;

  // The member's own value replaces the option's.
  const optionValue = (row: Member) =>
    row.overrideValue !== null
      ? t('partner.promotion.override', { value: payout.withUnit(row.payoutOption.kind, row.overrideValue) })
      : payout.withUnit(row.payoutOption.kind, row.payoutOption.value);

  const columns: TableColumn<Member>[] = [
    {
      accessor: 'participant.name',
      title: t('partner.promotion.memberName'),
      render: (row) => (
        <Stack gap={2}>
          <Text fz="sm" fw={600} style={{ overflowWrap: 'break-word' }}>
            {row.participant.name}
          </Text>
          {/* On phones the city, payout option and active columns are folded in here. */}
          <Text fz="xs" c="dimmed" hiddenFrom="sm">
            {row.participant.city}
          </Text>
          <Text fz="xs" hiddenFrom="sm" style={tabular}>
            {row.payoutOption.name} · {optionValue(row)}
          </Text>
          {!row.active && (
            <Text fz="xs" c="red.7" hiddenFrom="sm">
              {t('partner.promotion.inactive')}
            </Text>
          )}
        </Stack>
      ),
    },
    { accessor: 'participant.city', title: t('partner.promotion.city'), visibleMediaQuery: fromSm },
    {
      accessor: 'stage',
      title: t('partner.promotion.stage'),
      render: (row) => <StatusBadge kind="stage" status={row.stage} testId="stage-badge" />,
    },
    {
      accessor: 'active',
      title: t('partner.promotion.active'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Badge
          color={row.active ? 'green' : 'gray'}
          variant="dot"
          radius="sm"
          style={{ minWidth: 'max-content' }}
          data-testid="active-badge"
        >
          {row.active ? t('common.yes') : t('common.no')}
        </Badge>
      ),
    },
    {
      accessor: 'payoutOption.name',
      title: t('partner.promotion.payoutOption'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm">{row.payoutOption.name}</Text>
          <Text fz="xs" c="dimmed" style={tabular}>
            {optionValue(row)}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'createdAt',
      title: t('partner.promotion.since'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => format.date(row.createdAt),
    },
  ];
  const filtered = list.filters.stage !== ALL || list.filters.active !== ALL || list.filters.search !== '';

  return (
    <DataTable<Member>
      testId="promotion-members-table"
      rowTestId={(row) => `member-${row.participant.name}`}
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
      filtered={filtered}
      emptyTitle={filtered ? undefined : t('partner.promotion.membersEmptyTitle')}
      emptyDescription={filtered ? undefined : t('partner.promotion.membersEmptyText')}
      filters={<MemberFilters filters={list.filters} setFilter={list.setFilter} />}
    />
  );
}
