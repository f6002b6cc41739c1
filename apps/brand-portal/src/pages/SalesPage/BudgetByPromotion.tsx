import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BrandSalePromotionsQuery } from '@motiva/schema';
import { BudgetUsageBar } from '../../components/BudgetUsage';

type Promotion = BrandSalePromotionsQuery['promotions']['items'][number];

/**
 * Budget used against the cap, one bar per promotion that has a cap or any sales (or only the chosen
 * promotion). Read from the same query as the promotion filter: no extra request.
 */
export function BudgetByPromotion({ promotions, chosen }: { promotions: Promotion[]; chosen: string }) {
  const { t } = useTranslation();
  const shown = promotions.filter((p) =>
    chosen ? p.id === chosen : p.budgetUsage && (p.budgetUsage.cap !== null || p.budgetUsage.used.amountMinor !== '0'),
  );
  if (shown.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="budget-by-promotion">
      <Title order={2} fz="h5" mb="sm">
        {t('brand.sales.budget.byPromotion')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
        {shown.map((p) => (
          <Stack key={p.id} gap={4} data-testid="promotion-budget" data-id={p.id}>
            <Anchor component={Link} to={`/promotions/${p.id}`} fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {p.name}
            </Anchor>
            {p.budgetUsage ? (
              <BudgetUsageBar usage={p.budgetUsage} testId="promotion-budget-usage" />
            ) : (
              <Text fz="sm" c="dimmed">
                {t('common.notSet')}
              </Text>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
