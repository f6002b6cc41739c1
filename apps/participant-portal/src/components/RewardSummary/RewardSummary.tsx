import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardPreviewFieldsFragment } from '@motiva/schema';
import { usePayoutText } from '@motiva/ui';

/**
 * What a sale earns and why, compactly: the reward, the terms it was worked out under, each line's
 * share and any cap that cut it. Used by the sale form's live preview and by the sale page (the
 * explanation stored with the sale).
 */
export function RewardSummary({ preview, testId = 'reward-summary' }: { preview: RewardPreviewFieldsFragment; testId?: string }) {
  const { t } = useTranslation();
  const payout = usePayoutText(preview.amount.currency);
  const skipped = preview.lines.filter((line) => line.outcome !== 'COUNTED').length;
  return (
    <Stack gap="xs" data-testid={testId} data-kind={preview.kind}>
      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Text fz={{ base: 28, sm: 32 }} fw={800} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-amount`}>
          {payout.money(preview.amount.amountMinor)}
        </Text>
        {preview.cappedBy && (
          <Badge color="orange" variant="light" radius="sm" style={{ minWidth: 'max-content' }} data-testid={`${testId}-capped`}>
            {t(`participant.sales.reward.cappedBy.${preview.cappedBy}`, { defaultValue: preview.cappedBy })}
          </Badge>
        )}
      </Group>
      <Text fz="sm" c="dimmed">
        {t('participant.sales.reward.under', {
          name: preview.payoutOptionName,
          value: payout.withUnit(preview.kind, preview.overrideValue ?? preview.optionValue),
        })}
      </Text>
      {preview.lines.length > 0 && (
        <List spacing={4} fz="sm" listStyleType="none" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
          {preview.lines.map((line, index) => (
            <List.Item key={`${line.productId}-${index}`} data-testid={`${testId}-line`} data-outcome={line.outcome}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text fz="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }} c={line.outcome === 'COUNTED' ? undefined : 'dimmed'}>
                  {line.productName ?? t('participant.sales.reward.unknownProduct')} × {line.quantity}
                  {line.outcome !== 'COUNTED' && ` — ${t('participant.sales.reward.notEligible')}`}
                </Text>
                <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {payout.money(line.amount.amountMinor)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {preview.cappedBy && (
        <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('participant.sales.reward.uncapped', { amount: payout.money(preview.uncapped.amountMinor) })}
        </Text>
      )}
      {skipped > 0 && (
        <Text fz="xs" c="dimmed">
          {t('participant.sales.reward.skipped', { count: skipped })}
        </Text>
      )}
    </Stack>
  );
}
