import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModerateProductDocument, ProductReviewDocument } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { ModerationDrawer, useDecide } from '../ModerationDrawer';

/** One product of the queue: what the brand entered, the decisions so far, approve / reject. */
export function ProductDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ProductReviewDocument, { variables: { id: id ?? '' }, skip: !id });
  // A decided product leaves the PENDING view: the queue is fetched again.
  const [moderate] = useMutation(ModerateProductDocument, { refetchQueries: ['ProductQueue', 'ModerationOverview'] });
  const product = data?.product && data.product.id === id ? data.product : undefined;
  const decide = useDecide(
    (decision, reason) => moderate({ variables: { input: { id: id!, decision, reason: reason ?? null } } }),
    product?.name,
  );

  return (
    <ModerationDrawer
      statusKind="product"
      opened={!!id}
      onClose={onClose}
      kindLabel={t('admin.drawer.productTitle')}
      subject={product}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      onDecide={decide}
      rejectText={t('admin.products.rejectText')}
      reasonPlaceholder={t('admin.products.reasonPlaceholder')}
      details={
        product
          ? [
              { label: t('admin.fields.brand'), value: product.brand.legalName, testId: 'detail-brand' },
              { label: t('admin.fields.sku'), value: product.sku, testId: 'detail-sku' },
              {
                label: t('admin.fields.listPrice'),
                value: format.money(product.listPrice.amountMinor, product.listPrice.currency),
                numeric: true,
                testId: 'detail-price',
              },
              { label: t('admin.fields.barcode'), value: product.barcode, numeric: true },
              { label: t('admin.fields.category'), value: product.category },
              { label: t('admin.fields.created'), value: format.dateTime(product.createdAt) },
              { label: t('admin.fields.updated'), value: format.dateTime(product.updatedAt) },
              { label: t('admin.fields.id'), value: product.id },
            ]
          : []
      }
    />
  );
}
