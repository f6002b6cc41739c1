import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList, PageHeader, StatusBadge, useFormat, useViewer } from '@motiva/ui';
import { RecentPromotions } from './RecentPromotions';

/** Who the brand is on the platform, and its latest promotions (or how to start the first). */
export function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const format = useFormat();
  const brand = viewer.brand;

  return (
    <Stack gap="lg" data-testid="brand-dashboard">
      <PageHeader title={brand?.legalName ?? viewer.name} description={t('brand.dashboard.subtitle')} />
      {brand && (
        <Paper withBorder p="lg" radius="md">
          <DetailList
            cols={3}
            items={[
              { label: t('brand.dashboard.status'), value: <StatusBadge kind="brand" status={brand.status} /> },
              { label: t('brand.dashboard.taxId'), value: brand.taxId, numeric: true },
              { label: t('brand.dashboard.since'), value: format.date(brand.createdAt) },
            ]}
          />
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} fz="h4" mb="sm">
          {t('brand.dashboard.promotionsTitle')}
        </Title>
        <RecentPromotions />
      </Paper>
    </Stack>
  );
}
