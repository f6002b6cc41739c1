import type { useTranslation } from 'react-i18next';
import type { PayoutKind, RewardPreviewQuery } from '@motiva/schema';
import type { PayoutFormat } from '../shared/payout';

export type Preview = RewardPreviewQuery['rewardPreview'];

/** "3 × 500,00 ₽ + 1 × 300,00 ₽ = 1 800,00 ₽": the explanation in the user's language, built from the API's numbers. */
export function explain(p: Preview, fmt: PayoutFormat, t: ReturnType<typeof useTranslation>['t']): string[] {
  const steps: string[] = [];
  steps.push(t('brand.promotions.preview.steps.option', { name: p.payoutOptionName, value: fmt.withUnit(p.kind, p.optionValue) }));
  if (p.overrideValue != null) steps.push(t('brand.promotions.preview.steps.override', { value: fmt.withUnit(p.kind, p.overrideValue) }));
  const skipped = p.lines.filter((l) => l.outcome !== 'COUNTED').length;
  if (skipped > 0) steps.push(t('brand.promotions.preview.steps.notEligible', { count: skipped }));
  const counted = p.lines.filter((l) => l.outcome === 'COUNTED');
  const uncapped = fmt.money(p.uncapped.amountMinor);
  switch (p.kind as PayoutKind) {
    case 'PER_UNIT': {
      const terms = counted.map((l) => `${l.quantity} × ${fmt.money(l.value ?? '0')}`).join(' + ');
      steps.push(
        counted.length
          ? t('brand.promotions.preview.steps.perUnit', { terms, total: uncapped })
          : t('brand.promotions.preview.steps.nothingCounted'),
      );
      break;
    }
    case 'PERCENT_OF_SALE':
      steps.push(
        t('brand.promotions.preview.steps.percent', {
          percent: fmt.value('PERCENT_OF_SALE', p.overrideValue ?? p.optionValue),
          sale: fmt.money(p.eligibleSaleAmount.amountMinor),
          total: uncapped,
        }),
      );
      break;
    case 'FLAT_PER_SALE':
      steps.push(
        counted.length ? t('brand.promotions.preview.steps.flat', { total: uncapped }) : t('brand.promotions.preview.steps.flatNone'),
      );
      break;
    case 'PER_CLICK':
      steps.push(t('brand.promotions.preview.steps.perClick'));
      break;
  }
  if (p.cappedBy)
    steps.push(t(`brand.promotions.preview.steps.cap.${p.cappedBy}`, { defaultValue: p.cappedBy, total: fmt.money(p.amount.amountMinor) }));
  steps.push(t('brand.promotions.preview.steps.result', { total: fmt.money(p.amount.amountMinor) }));
  return steps;
}
