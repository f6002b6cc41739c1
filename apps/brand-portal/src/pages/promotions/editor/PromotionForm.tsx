import { useMemo, useState } from 'react';
import { Button, Fieldset, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment, PromotionProductFieldsFragment } from '@motiva/schema';
import { ReasonTooltip } from '../shared/ReasonTooltip';
import { hasStarted, isLive } from '../shared/status';
import { AudienceSection } from './AudienceSection';
import { BasicsSection } from './BasicsSection';
import { DatesSection } from './DatesSection';
import { FormNotices } from './FormNotices';
import { FormSection } from './FormSection';
import { LimitsSection } from './LimitsSection';
import { PayoutOptionsEditor } from './PayoutOptionsEditor';
import { ProductPicker } from './ProductPicker';
import { usePromotionForm } from './usePromotionForm';

export interface PromotionFormProps {
  promotion?: BrandPromotionFieldsFragment;
  /** The brand's products to choose from. */
  products: PromotionProductFieldsFragment[];
  productsLoading: boolean;
  onSaved: (saved: BrandPromotionFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}

/** Create a promotion, or edit one: one form, the full set of payout options saved at once. */
export function PromotionForm({ promotion, products, productsLoading, onSaved, onCancel }: PromotionFormProps) {
  const { t } = useTranslation();
  const form = usePromotionForm(promotion, onSaved);
  const { draft, set, err, locked } = form;
  const status = promotion?.status;
  const live = !!status && isLive(status);
  // Names of the chosen partners: the saved ones, then each one picked (they survive a switch to all partners and back).
  const [partnerNames, setPartnerNames] = useState<ReadonlyMap<string, string>>(
    () => new Map((promotion?.audiencePartners ?? []).map((p) => [p.id, p.legalName])),
  );

  const allProducts = useMemo(() => {
    const map = new Map<string, PromotionProductFieldsFragment>();
    for (const p of promotion?.products ?? []) map.set(p.id, p);
    for (const p of products) map.set(p.id, p);
    return [...map.values()];
  }, [products, promotion]);
  const chosenProducts = draft.productIds
    .map((id) => allProducts.find((p) => p.id === id))
    .filter((p): p is PromotionProductFieldsFragment => !!p);
  const fields = { draft, set, err };

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate data-testid="promotion-form">
      <Stack gap="lg">
        <FormNotices promotion={promotion} submitError={form.submitError} unplaced={form.unplaced} />
        <Fieldset variant="unstyled" disabled={locked} p={0} m={0}>
          <Stack gap="lg">
            <BasicsSection {...fields} />
            <DatesSection {...fields} started={!!status && hasStarted(status)} />
            <FormSection title={t('brand.promotions.editor.products')} testId="promotion-section-products">
              <ProductPicker
                products={allProducts}
                value={draft.productIds}
                onChange={(ids) => set('productIds', ids, 'productIds')}
                approvedOnly={live}
                error={err('productIds')}
                disabled={locked}
                loading={productsLoading}
              />
            </FormSection>
            <AudienceSection {...fields} partnerNames={partnerNames} onPartnerNames={setPartnerNames} locked={locked} />
            <LimitsSection {...fields} currency={form.currency} onCurrency={form.setCurrency} currencyFixed={!!promotion} fmt={form.fmt} />
            <FormSection
              title={t('brand.promotions.editor.payoutOptions')}
              description={t('brand.promotions.editor.payoutOptionsHint')}
              testId="promotion-section-payout"
            >
              <PayoutOptionsEditor
                options={draft.options}
                defaultKey={draft.defaultKey}
                onChange={(next) => {
                  form.setDraft((d) => ({ ...d, options: next }));
                  form.setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('payoutOptions'))));
                }}
                onDefaultChange={(key) => set('defaultKey', key, 'payoutOptions')}
                products={chosenProducts}
                fmt={form.fmt}
                errors={form.errors}
                errorText={form.errorText}
                disabled={locked}
              />
            </FormSection>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="promotion-cancel">
            {t('common.cancel')}
          </Button>
          <ReasonTooltip
            reason={
              locked ? t(`brand.promotions.editor.locked.${status}.title`) : form.unchanged ? t('brand.promotions.editor.noChanges') : null
            }
          >
            <Button type="submit" loading={form.saving} disabled={locked || form.unchanged} data-testid="promotion-save">
              {t(promotion ? 'brand.promotions.editor.save' : 'brand.promotions.editor.create')}
            </Button>
          </ReasonTooltip>
        </Group>
      </Stack>
    </form>
  );
}
