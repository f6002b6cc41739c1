import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutKind } from '@motiva/schema';
import { usePayoutText } from '../../payout/usePayoutText';

export interface PayoutOptionView {
  id: string;
  name: string;
  kind: PayoutKind;
  value: string;
  isDefault: boolean;
  productValues: ReadonlyArray<{ productId: string; productName: string; value: string }>;
}

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * One payout option as anyone reading a promotion sees it: its name (and whether it is the default),
 * its kind, its value with the unit, and the products it pays differently for.
 */
export function PayoutOptionCard({ option, currency, note }: { option: PayoutOptionView; currency: string; note?: ReactNode }) {
  const { t } = useTranslation();
  const payout = usePayoutText(currency);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="payout-option" data-kind={option.kind}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {option.name}
            </Text>
            {option.isDefault && (
              <Badge size="sm" variant="light" color="blue" radius="sm" style={{ minWidth: 'max-content' }} data-testid="payout-default">
                {t('glossary.defaultOption')}
              </Badge>
            )}
          </Group>
          <Text fz="xs" c="dimmed">
            {payout.kind(option.kind)}
          </Text>
        </Stack>
        <Text fz="sm" fw={600} ta="right" style={tabular} data-testid="payout-value">
          {payout.withUnit(option.kind, option.value)}
        </Text>
      </Group>
      {note && (
        <Text fz="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
      {option.productValues.length > 0 && (
        <Stack gap={4} mt="xs" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('glossary.perProductValues')}
          </Text>
          {option.productValues.map((pv) => (
            <Group key={pv.productId} justify="space-between" wrap="nowrap" gap="md" data-testid="payout-product-value">
              <Text fz="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {pv.productName}
              </Text>
              <Text fz="sm" ta="right" style={{ ...tabular, whiteSpace: 'nowrap' }}>
                {payout.withUnit('PER_UNIT', pv.value)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
