import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetUsageFieldsFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { budgetShares } from './budgetShares';

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

function Legend({ color, label, value, testId }: { color: string; label: string; value: string; testId: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={10} h={10} bg={color} style={{ borderRadius: 2, flexShrink: 0 }} />
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xs" fw={600} style={tabular} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

/**
 * "Used X of Y": rewards of approved (green) and pending (yellow) sales against the promotion's
 * budget cap, with the remainder. Without a cap, what is used so far and no bar.
 */
export function BudgetUsageBar({ usage, testId = 'budget-usage' }: { usage: BudgetUsageFieldsFragment; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  const legend = (
    <Group gap="md" style={{ rowGap: 4 }}>
      <Legend
        color="var(--mantine-color-green-6)"
        label={t('brand.sales.budget.approved')}
        value={money(usage.approved)}
        testId={`${testId}-approved`}
      />
      <Legend
        color="var(--mantine-color-yellow-5)"
        label={t('brand.sales.budget.pending')}
        value={money(usage.pending)}
        testId={`${testId}-pending`}
      />
      {usage.remaining && (
        <Legend
          color="var(--mantine-color-gray-3)"
          label={t('brand.sales.budget.remaining')}
          value={money(usage.remaining)}
          testId={`${testId}-remaining`}
        />
      )}
    </Group>
  );

  if (!usage.cap) {
    return (
      <Stack gap={6} data-testid={testId} data-capped="false">
        <Text fz="sm" style={tabular} data-testid={`${testId}-label`}>
          {t('brand.sales.budget.usedNoCap', { used: money(usage.used) })}
        </Text>
        {legend}
      </Stack>
    );
  }

  const shares = budgetShares(usage.approved.amountMinor, usage.pending.amountMinor, usage.cap.amountMinor);
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(shares.used / 100);
  return (
    <Stack gap={6} data-testid={testId} data-capped="true">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text fz="sm" style={tabular} flex={1} miw={0} data-testid={`${testId}-label`}>
          {t('brand.sales.budget.usedOf', { used: money(usage.used), cap: money(usage.cap) })}
        </Text>
        <Text fz="sm" fw={600} c={shares.used >= 100 ? 'red.7' : undefined} style={tabular}>
          {percent}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={t('brand.sales.budget.usedOf', { used: money(usage.used), cap: money(usage.cap) })}>
        <Progress.Section value={shares.approved} color="green.6" />
        <Progress.Section value={shares.pending} color="yellow.5" />
      </Progress.Root>
      {legend}
    </Stack>
  );
}
