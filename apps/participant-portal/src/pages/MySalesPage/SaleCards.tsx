import { Group, Pagination, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MySaleRowFragment } from '@motiva/schema';
import { StatusBadge, useFormat } from '@motiva/ui';
import { DecisionReason } from '../../components/DecisionReason';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** My sales on a phone: one card per sale, the whole card opens it. */
export function SaleCards({
  sales,
  total,
  offset,
  limit,
  onOffsetChange,
}: {
  sales: MySaleRowFragment[];
  total: number;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="sale-cards">
      {sales.map((sale) => (
        <UnstyledButton
          key={sale.id}
          component={Link}
          to={`/sales/${sale.id}`}
          data-testid="sale-row"
          data-id={sale.id}
          data-status={sale.status}
        >
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                  {sale.promotion.name}
                </Text>
                <Text fz="sm" c="dimmed" style={numeric}>
                  {format.receiptDate(sale.receiptDate)}
                  {sale.receiptNumber ? ` · № ${sale.receiptNumber}` : ''}
                </Text>
              </Stack>
              <StatusBadge kind="sale" status={sale.status} testId="sale-status" />
            </Group>
            <Group justify="space-between" gap="xs" mt="sm" wrap="nowrap">
              <Stack gap={0}>
                <Text fz="xs" c="dimmed">
                  {t('participant.sales.list.amount')}
                </Text>
                <Text style={numeric} data-testid="sale-amount">
                  {format.money(sale.amount.amountMinor, sale.amount.currency)}
                </Text>
              </Stack>
              <Stack gap={0} align="flex-end">
                <Text fz="xs" c="dimmed">
                  {t('participant.sales.list.reward')}
                </Text>
                <Text
                  fw={700}
                  style={numeric}
                  c={sale.status === 'REJECTED' || sale.status === 'REVERSED' ? 'dimmed' : undefined}
                  td={sale.status === 'REJECTED' ? 'line-through' : undefined}
                  data-testid="sale-reward"
                >
                  {format.money(sale.reward.amountMinor, sale.reward.currency)}
                </Text>
              </Stack>
            </Group>
            {sale.status === 'REJECTED' && <DecisionReason sale={sale} mt="xs" />}
          </Paper>
        </UnstyledButton>
      ))}
      {total > limit && (
        <Group justify="center">
          <Pagination
            size="sm"
            total={Math.ceil(total / limit)}
            value={Math.floor(offset / limit) + 1}
            onChange={(page) => onOffsetChange((page - 1) * limit)}
          />
        </Group>
      )}
    </Stack>
  );
}
