import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductFieldsFragment } from '@motiva/schema';
import { IconAlert, IconClock } from '@motiva/ui';

/** Why the product is where it is, and what saving will do to it. */
export function ProductStatusNote({ product }: { product: ProductFieldsFragment }) {
  const { t } = useTranslation();
  if (product.status === 'REJECTED') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlert />}
        title={t('brand.products.drawer.rejectedTitle')}
        data-testid="product-rejection-reason"
      >
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {product.rejectionReason ?? t('brand.products.drawer.noReason')}
        </Text>
        <Text fz="sm" c="dimmed" mt={6}>
          {t('brand.products.drawer.rejectedHint')}
        </Text>
      </Alert>
    );
  }
  if (product.status === 'APPROVED') {
    return (
      <Alert color="blue" variant="light" icon={<IconAlert />} data-testid="product-remoderation-note">
        {t('brand.products.drawer.approvedNote')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconClock />} data-testid="product-pending-note">
      {t('brand.products.drawer.pendingNote')}
    </Alert>
  );
}
