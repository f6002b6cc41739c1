import { Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { AdminSaleRowFragment } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { PhoneDetails, fromSm } from '../../components/ModerationQueue';

type Money = { amountMinor: string; currency: string };

/** The sale's risk flags as badges; a dimmed word when there are none. */
export function FlagBadges({ row, none }: { row: AdminSaleRowFragment; none?: string }) {
  const flags = row.riskFlags ?? [];
  if (flags.length === 0)
    return none ? (
      <Text fz="sm" c="dimmed">
        {none}
      </Text>
    ) : null;
  // One badge per kind: a sale with three duplicate photos is one reason to look, not three.
  const kinds = [...new Set(flags.map((f) => f.kind))];
  return (
    <Group gap={4} data-testid="sale-row-flags">
      {kinds.map((kind) => (
        <StatusBadge key={kind} kind="riskFlag" status={kind} testId="sale-row-flag" />
      ))}
    </Group>
  );
}

/** The queue's columns; on phones the participant cell carries the rest and the reward stays beside it. */
export function useSaleColumns(t: TFunction): TableColumn<AdminSaleRowFragment>[] {
  const format = useFormat();
  const money = (m: Money) => format.money(m.amountMinor, m.currency);
  return [
    {
      accessor: 'submittedAt',
      title: t('admin.sales.columns.submitted'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.submittedAt} />,
    },
    {
      accessor: 'participant',
      title: t('admin.sales.columns.participant'),
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="sale-row-participant">
            {row.participant.name}
          </Text>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} visibleFrom="sm">
            {row.participant.partner?.legalName ?? t('admin.sales.drawer.platformStaff')}
          </Text>
          <PhoneDetails
            badge={
              <>
                <StatusBadge kind="sale" status={row.status} testId="status-badge-phone" />
                <StatusBadge kind="receipt" status={row.verification} testId="verification-badge-phone" />
                <FlagBadges row={row} />
              </>
            }
            lines={[
              `${row.promotion.name} · ${row.promotion.brand.legalName}`,
              `${format.dateTime(row.submittedAt)} · ${money(row.amount)}`,
            ]}
          />
        </Stack>
      ),
    },
    {
      accessor: 'promotion',
      title: t('admin.sales.columns.promotion'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.promotion.name}
        </Text>
      ),
    },
    {
      accessor: 'brand',
      title: t('admin.sales.columns.brand'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.promotion.brand.legalName}
        </Text>
      ),
    },
    {
      accessor: 'amount',
      title: t('admin.sales.columns.amount'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => money(row.amount),
    },
    {
      accessor: 'reward',
      title: t('admin.sales.columns.reward'),
      numeric: true,
      render: (row) => (
        <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sale-row-reward">
          {money(row.reward)}
        </Text>
      ),
    },
    {
      accessor: 'riskFlags',
      title: t('admin.sales.columns.flags'),
      visibleMediaQuery: fromSm,
      render: (row) => <FlagBadges row={row} none={t('admin.sales.noFlags')} />,
    },
    {
      accessor: 'verification',
      title: t('admin.sales.columns.verification'),
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="receipt" status={row.verification} testId="sale-row-verification" />,
    },
    {
      accessor: 'status',
      title: t('admin.sales.columns.status'),
      visibleMediaQuery: fromSm,
      render: (row) => <StatusBadge kind="sale" status={row.status} />,
    },
  ];
}
