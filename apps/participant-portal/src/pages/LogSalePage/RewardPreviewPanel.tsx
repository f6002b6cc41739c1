import { Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PreviewSaleRewardDocument, type SaleLineInput } from '@motiva/schema';
import { ErrorAlert, SaleRewardExplanation } from '@motiva/ui';
import { saleRuleMessage } from './saleErrors';

/** "What this earns", live: the API works the reward out as submitSale would, a moment after the lines stop changing. */
export function RewardPreviewPanel({ promotionId, lines }: { promotionId: string; lines: SaleLineInput[] | null }) {
  const { t } = useTranslation();
  // The lines are rebuilt on every keystroke; their JSON is what decides whether to ask again.
  const [key] = useDebouncedValue(lines ? JSON.stringify(lines) : null, 500);
  const settled = key ? (JSON.parse(key) as SaleLineInput[]) : null;
  const { data, previousData, loading, error } = useQuery(PreviewSaleRewardDocument, {
    variables: { input: { promotionId, lines: settled ?? [] } },
    skip: !settled,
  });
  const preview = (data ?? previousData)?.previewSaleReward;

  if (!settled) {
    return (
      <Text c="dimmed" fz="sm" data-testid="reward-preview-empty">
        {t('participant.sales.reward.empty')}
      </Text>
    );
  }
  if (error) {
    const rule = saleRuleMessage(error);
    return rule ? (
      <Text c="red.7" fz="sm" data-testid="reward-preview-error">
        {t(rule.key, rule.values)}
      </Text>
    ) : (
      <ErrorAlert error={error} testId="reward-preview-error" />
    );
  }
  if (!preview) {
    return (
      <Group justify="center" py="md">
        <Loader size="sm" />
      </Group>
    );
  }
  return (
    <div style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }} data-testid="reward-preview">
      <SaleRewardExplanation explanation={preview} />
    </div>
  );
}
