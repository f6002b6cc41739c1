import type { useTranslation } from 'react-i18next';
import type { PayoutText } from '../../payout/usePayoutText';
import type { SaleRewardPreview } from './types';

/**
 * "3 × 500,00 ₽ + 1 × 300,00 ₽ = 1 800,00 ₽": how a sale's reward was reached, in the reader's language,
 * built from the numbers the API stored with the sale (its `explanation`), never recomputed.
 */
export function explainRewardSteps(p: SaleRewardPreview, text: PayoutText, t: ReturnType<typeof useTranslation>['t']): string[] {
  const k = 'saleDetails.explanation.steps';
  const steps: string[] = [t(`${k}.option`, { name: p.payoutOptionName, value: text.withUnit(p.kind, p.optionValue) })];
  if (p.overrideValue != null) steps.push(t(`${k}.override`, { value: text.withUnit(p.kind, p.overrideValue) }));
  const counted = p.lines.filter((l) => l.outcome === 'COUNTED');
  const skipped = p.lines.length - counted.length;
  if (skipped > 0) steps.push(t(`${k}.notEligible`, { count: skipped }));
  const uncapped = text.money(p.uncapped.amountMinor);
  switch (p.kind) {
    case 'PER_UNIT': {
      const terms = counted.map((l) => `${l.quantity} × ${text.money(l.value ?? '0')}`).join(' + ');
      steps.push(counted.length ? t(`${k}.perUnit`, { terms, total: uncapped }) : t(`${k}.nothingCounted`));
      break;
    }
    case 'PERCENT_OF_SALE':
      steps.push(
        t(`${k}.percent`, {
          percent: text.value('PERCENT_OF_SALE', p.overrideValue ?? p.optionValue),
          sale: text.money(p.eligibleSaleAmount.amountMinor),
          total: uncapped,
        }),
      );
      break;
    case 'FLAT_PER_SALE':
      steps.push(counted.length ? t(`${k}.flat`, { total: uncapped }) : t(`${k}.flatNone`));
      break;
    case 'PER_CLICK':
      steps.push(t(`${k}.perClick`));
      break;
  }
  if (p.cappedBy) steps.push(t(`${k}.cap.${p.cappedBy}`, { defaultValue: p.cappedBy, total: text.money(p.amount.amountMinor) }));
  steps.push(t(`${k}.result`, { total: text.money(p.amount.amountMinor) }));
  return steps;
}
