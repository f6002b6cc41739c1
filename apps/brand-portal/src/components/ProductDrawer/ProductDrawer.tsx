import type { ReactNode } from 'react';
import { Center, Drawer, Group, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductDocument, type ProductFieldsFragment } from '@motiva/schema';
import { ErrorState, StatusBadge, notify } from '@motiva/ui';
import { ProductForm } from '../ProductForm';
import { ProductStatusNote } from '../ProductStatusNote';

/** The id in the URL that opens the drawer on an empty form. */
export const NEW_PRODUCT = 'new';

/** Create a product, or look at and edit one: its moderation status decides what the brand is told. */
export function ProductDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isNew = id === NEW_PRODUCT;
  const { data, loading, error, refetch } = useQuery(ProductDocument, { variables: { id: id ?? '' }, skip: !id || isNew });
  const product = data?.product && data.product.id === id ? data.product : undefined;

  const saved = (result: ProductFieldsFragment, previous?: ProductFieldsFragment) => {
    if (!previous) notify.success(t('brand.products.saved.created', { name: result.name }));
    else if (previous.status !== 'PENDING' && result.status === 'PENDING')
      notify.success(t('brand.products.saved.backToReview', { name: result.name }));
    else notify.success(t('brand.products.saved.updated'));
    onClose();
  };

  let body: ReactNode;
  if (isNew) {
    body = <ProductForm key={NEW_PRODUCT} onSaved={saved} onCancel={onClose} />;
  } else if (product) {
    body = (
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="product-title">
            {product.name}
          </Title>
          <StatusBadge kind="product" status={product.status} testId="product-status" />
        </Group>
        <ProductStatusNote product={product} />
        <ProductForm key={product.id} product={product} onSaved={saved} onCancel={onClose} />
      </Stack>
    );
  } else if (error && !loading) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <Drawer
      opened={!!id}
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={t(isNew ? 'brand.products.drawer.newTitle' : 'brand.products.drawer.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="product-drawer"
    >
      {body}
    </Drawer>
  );
}
