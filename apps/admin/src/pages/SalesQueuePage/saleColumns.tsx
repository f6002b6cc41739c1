import { Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { AdminSaleRowFragment } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { PhoneDetails, fromSm } from '../../components/ModerationQueue';

type Money = { amountMinor: string; currency: string };

/** The sale's risk flags as badges, one per kind; nothing when there are none. */
export function FlagBadges({ row }: { row: AdminSaleRowFragment }) {
  const flags = row.riskFlags ?? [];
  if (flags.length === 0) return null;
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

/** The queue's columns; on phones the participant cell carries the rest (reward first), so nothing falls off screen. */
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
          <Text fz="sm" fw={500} miw={120} style={{ overflowWrap: 'break-word' }} data-testid="sale-row-participant">
            {row.participant.name}
          </Text>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'break-word' }} visibleFrom="sm">
            {row.participant.partner?.legalName ?? t('admin.sales.drawer.platformStaff')}
          </Text>
          <Text fz="sm" fw={600} mt={2} hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sale-row-reward-phone">
            {t('admin.sales.columns.reward')}: {money(row.reward)}
          </Text>
          <PhoneDetails
            badge={
              <>
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
        <Stack gap={0} miw={140}>
          <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
            {row.promotion.name}
          </Text>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'break-word' }}>
            {row.promotion.brand.legalName}
          </Text>
        </Stack>
      ),
    },
    {
      // The reward, with the sale's amount it was earned on beneath: one column of figures, not two.
      accessor: 'reward',
      title: t('admin.sales.columns.reward'),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Stack gap={0} align="flex-end">
          <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sale-row-reward">
            {money(row.reward)}
          </Text>
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="sale-row-amount">
            {t('admin.sales.ofSale', { amount: money(row.amount) })}
          </Text>
        </Stack>
      ),
    },
    {
      // The receipt check and the risk flags together: what the moderator looks at before opening a sale.
      accessor: 'riskFlags',
      title: t('admin.sales.columns.checks'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Group gap={4}>
          <StatusBadge kind="receipt" status={row.verification} testId="sale-row-verification" />
          <FlagBadges row={row} />
        </Group>
      ),
    },
  ];
}
