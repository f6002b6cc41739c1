import { useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { MyPromotionOptionsDocument, SaleFormPromotionDocument, type MySaleRowFragment } from '@motiva/schema';
import { EmptyState, ErrorState, PageHeader } from '@motiva/ui';
import { canLogSale, CLAIMABLE_STATUSES } from '../../components/claimable';
import { SaleForm } from './SaleForm';
import { SubmittedState } from './SubmittedState';

/** /sales/new?promotion=<id>: log a sale by receipt; without a promotion in the address, choose one first. */
export function LogSalePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('promotion') ?? '';
  const [chosen, setChosen] = useState(fromUrl);
  const promotionId = fromUrl || chosen;
  const [submitted, setSubmitted] = useState<MySaleRowFragment | null>(null);
  // A new form after "log another": a fresh key drops the previous sale's fields and photos.
  const [formKey, setFormKey] = useState(0);

  return (
    <Stack gap="lg" data-testid="log-sale-page">
      <Anchor component={Link} to="/sales" fz="sm" data-testid="back-to-sales">
        ← {t('participant.sales.backToSales')}
      </Anchor>
      <PageHeader title={t('participant.sales.form.title')} description={t('participant.sales.form.subtitle')} />
      {submitted ? (
        <SubmittedState
          sale={submitted}
          onAnother={() => {
            setSubmitted(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <>
          {!fromUrl && (
            <PromotionPicker
              value={chosen}
              onChange={(id) => {
                setChosen(id);
                if (params.has('promotion')) setParams({}, { replace: true });
              }}
            />
          )}
          {promotionId && <SaleFormLoader key={`${promotionId}-${formKey}`} promotionId={promotionId} onSubmitted={setSubmitted} />}
        </>
      )}
    </Stack>
  );
}

/** The promotions the participant can log a sale in (active memberships with receipt claims on). */
function PromotionPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MyPromotionOptionsDocument, {
    variables: { filter: { statuses: CLAIMABLE_STATUSES }, page: { offset: 0, limit: 100 } },
  });
  const options = (data?.promotions.items ?? []).filter(canLogSale);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Group justify="center" py="md">
        <Loader size="sm" />
      </Group>
    );
  }
  if (options.length === 0) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          testId="log-sale-no-promotions"
          title={t('participant.sales.form.noPromotionsTitle')}
          description={t('participant.sales.form.noPromotionsText')}
          action={
            <Button component={Link} to="/promotions" variant="light">
              {t('participant.sales.form.browsePromotions')}
            </Button>
          }
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Select
        size="md"
        label={t('participant.sales.form.promotion')}
        placeholder={t('participant.sales.form.promotionPlaceholder')}
        data={options.map((p) => ({ value: p.id, label: `${p.name} · ${p.brand.legalName}` }))}
        value={value || null}
        onChange={(id) => id && onChange(id)}
        allowDeselect={false}
        searchable
        data-testid="sale-promotion"
      />
    </Paper>
  );
}

function SaleFormLoader({ promotionId, onSubmitted }: { promotionId: string; onSubmitted: (sale: MySaleRowFragment) => void }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(SaleFormPromotionDocument, { variables: { id: promotionId } });
  const promotion = data?.promotion;
  if (error && !promotion) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !promotion) {
    return (
      <Group justify="center" py="xl">
        <Loader />
      </Group>
    );
  }
  if (!canLogSale(promotion)) {
    return (
      <Alert color="gray" variant="light" title={t('participant.sales.form.cannotTitle')} data-testid="log-sale-unavailable">
        <Stack gap="xs">
          <Text fz="sm">{t('participant.sales.form.cannotText', { name: promotion.name })}</Text>
          <Anchor component={Link} to={`/promotions/${promotion.id}`} fz="sm">
            {t('participant.sales.form.toPromotion')} →
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (promotion.earnings.length === 0) {
    return (
      <Alert color="gray" variant="light" title={t('participant.sales.form.noProductsTitle')} data-testid="log-sale-no-products">
        {t('participant.sales.form.noProductsText')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Text fw={600} data-testid="sale-form-promotion">
        {promotion.name}
        <Text span c="dimmed" fw={400}>
          {' · '}
          {promotion.brand.legalName}
        </Text>
      </Text>
      <SaleForm promotion={promotion} onSubmitted={onSubmitted} />
    </Stack>
  );
}
