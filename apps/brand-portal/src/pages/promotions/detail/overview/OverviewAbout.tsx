import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { OverviewCard } from './OverviewCard';

/** What participants read: the description and the rules. */
export function OverviewAbout({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <OverviewCard title={t('brand.promotions.overview.about')} testId="overview-about">
      <Stack gap="md">
        <Stack gap={4}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {t('brand.promotions.fields.description')}
          </Text>
          <Text
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            c={promotion.description ? undefined : 'dimmed'}
            data-testid="overview-description"
          >
            {promotion.description || t('brand.promotions.overview.noDescription')}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {t('brand.promotions.fields.rules')}
          </Text>
          <Text
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            c={promotion.rules ? undefined : 'dimmed'}
            data-testid="overview-rules"
          >
            {promotion.rules || t('brand.promotions.overview.noRules')}
          </Text>
        </Stack>
      </Stack>
    </OverviewCard>
  );
}
