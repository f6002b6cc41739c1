import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { statusLabelKey, useFormat } from '@motiva/ui';
import { MEMBER_STAGES } from '../../shared/status';
import { OverviewCard } from './OverviewCard';

/** How many members stand at each stage of the board, and in all. */
export function OverviewMembers({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = new Map((promotion.memberStageCounts ?? []).map((c) => [c.stage, c.count]));
  return (
    <OverviewCard title={t('brand.promotions.fields.members')} testId="overview-members">
      <Stack gap={6}>
        {MEMBER_STAGES.map((stage) => (
          <Group key={stage} justify="space-between" wrap="nowrap">
            <Text fz="sm">{t(statusLabelKey('stage', stage))}</Text>
            <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`overview-stage-${stage}`}>
              {format.number(counts.get(stage) ?? 0)}
            </Text>
          </Group>
        ))}
        <Group justify="space-between" wrap="nowrap" pt={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text fz="sm" fw={600}>
            {t('brand.promotions.overview.total')}
          </Text>
          <Text fz="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.number(promotion.memberCount)}
          </Text>
        </Group>
      </Stack>
    </OverviewCard>
  );
}
