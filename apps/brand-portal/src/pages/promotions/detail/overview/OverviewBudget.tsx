import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BrandPromotionBudgetDocument } from '@motiva/schema';
import { ErrorState } from '@motiva/ui';
import { BudgetUsageBar } from '../../../../components/BudgetUsage';
import { OverviewCard } from './OverviewCard';

/** How much of the budget cap the rewards of pending and approved sales take, and a way to those sales. */
export function OverviewBudget({ promotionId }: { promotionId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(BrandPromotionBudgetDocument, { variables: { id: promotionId } });
  const usage = data?.promotion.id === promotionId ? data.promotion.budgetUsage : undefined;
  return (
    <OverviewCard title={t('brand.sales.budget.title')} testId="overview-budget">
      {usage ? (
        <Stack gap="sm">
          <BudgetUsageBar usage={usage} />
          <Anchor component={Link} to={`/sales?promotion=${encodeURIComponent(promotionId)}`} fz="sm" data-testid="overview-budget-sales">
            {t('brand.sales.budget.openSales')}
          </Anchor>
        </Stack>
      ) : error && !loading ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading ? (
        <Loader size="sm" />
      ) : (
        <Text c="dimmed">{t('common.notSet')}</Text>
      )}
    </OverviewCard>
  );
}
