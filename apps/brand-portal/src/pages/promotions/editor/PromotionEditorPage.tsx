import { Anchor, Breadcrumbs, Center, Loader, Stack } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BrandPromotionDocument, ProductsDocument } from '@motiva/schema';
import { ErrorState, PageHeader, StatusBadge, notify } from '@motiva/ui';
import { PromotionForm } from './PromotionForm';

/** /promotions/new and /promotions/:id/edit: the one editor form, on a page of its own. */
export function PromotionEditorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const promotionQuery = useQuery(BrandPromotionDocument, id ? { variables: { id } } : skipToken);
  // The brand's nomenclature to choose from (the API pages by at most 100).
  const productsQuery = useQuery(ProductsDocument, {
    variables: { sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } },
  });
  const promotion = promotionQuery.data?.promotion;
  const back = id ? `/promotions/${id}` : '/promotions';

  const crumbs = (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      <Anchor component={Link} to="/promotions" fz="sm">
        {t('brand.promotions.title')}
      </Anchor>
      {promotion && (
        <Anchor component={Link} to={back} fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {promotion.name}
        </Anchor>
      )}
    </Breadcrumbs>
  );

  if (id && !promotion) {
    return (
      <Stack gap={0}>
        {crumbs}
        {promotionQuery.error && !promotionQuery.loading ? (
          <ErrorState error={promotionQuery.error} onRetry={() => void promotionQuery.refetch()} />
        ) : (
          <Center py="xl">
            <Loader />
          </Center>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap={0} maw={1100} data-testid="promotion-editor">
      {crumbs}
      <PageHeader
        title={promotion ? t('brand.promotions.editor.editTitle', { name: promotion.name }) : t('brand.promotions.editor.newTitle')}
        description={promotion ? undefined : t('brand.promotions.editor.newSubtitle')}
        actions={promotion ? <StatusBadge kind="promotion" status={promotion.status} testId="promotion-status" /> : undefined}
      />
      <PromotionForm
        key={promotion?.id ?? 'new'}
        promotion={promotion}
        products={productsQuery.data?.products.items ?? []}
        productsLoading={productsQuery.loading}
        onCancel={() => navigate(back)}
        onSaved={(saved, created) => {
          notify.success(t(created ? 'brand.promotions.saved.created' : 'brand.promotions.saved.updated', { name: saved.name }));
          navigate(`/promotions/${saved.id}`);
        }}
      />
    </Stack>
  );
}
