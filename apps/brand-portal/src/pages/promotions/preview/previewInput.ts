import type { useTranslation } from 'react-i18next';
import type { PayoutKind, RewardPreviewInput } from '@motiva/schema';
import { valueProblemKey, type PayoutFormat } from '../shared/payout';

export type Basis = 'option' | 'member';

export interface LineDraft {
  key: string;
  productId: string | null;
  quantity: number | string;
  unitPrice: string;
}

export interface PreviewDraft {
  basis: Basis;
  optionId: string | null;
  memberId: string | null;
  /** The kind of the chosen option or member's option: how the own value is read. */
  kind: PayoutKind | null;
  overrideText: string;
  lines: LineDraft[];
}

let lineCounter = 0;
export const newLine = (productId: string | null = null): LineDraft => ({
  key: `line-${(lineCounter += 1)}`,
  productId,
  quantity: 1,
  unitPrice: '',
});

/**
 * The form as the API's input, or the field errors (keyed like the API's own, e.g. `lines.0.quantity`)
 * that stop it from being sent. Money and values are parsed as text into minor units, never floats.
 */
export function toPreviewInput(
  promotionId: string,
  draft: PreviewDraft,
  fmt: PayoutFormat,
  t: ReturnType<typeof useTranslation>['t'],
): { input: RewardPreviewInput; errors: null } | { input: null; errors: Record<string, string> } {
  const found: Record<string, string> = {};
  if (draft.basis === 'option' && !draft.optionId) found.payoutOptionId = t('validation.required');
  if (draft.basis === 'member' && !draft.memberId) found.memberId = t('validation.required');
  let overrideValue: string | null = null;
  if (draft.overrideText.trim() !== '') {
    if (!draft.kind) found.overrideValue = t('brand.promotions.preview.chooseFirst');
    else {
      const problem = fmt.problem(draft.kind, draft.overrideText);
      if (problem) found.overrideValue = t(valueProblemKey(draft.kind, problem));
      else overrideValue = fmt.parse(draft.kind, draft.overrideText);
    }
  }
  const lines: RewardPreviewInput['lines'] = [];
  draft.lines.forEach((l, i) => {
    if (!l.productId) found[`lines.${i}.productId`] = t('validation.required');
    const quantity = typeof l.quantity === 'number' ? l.quantity : Number.parseInt(l.quantity, 10);
    if (!Number.isSafeInteger(quantity) || quantity < 1) found[`lines.${i}.quantity`] = t('brand.promotions.preview.quantityMin');
    let unitPriceMinor: string | null = null;
    if (l.unitPrice.trim() !== '') {
      unitPriceMinor = fmt.parseMoney(l.unitPrice);
      if (unitPriceMinor === null) found[`lines.${i}.unitPriceMinor`] = t('validation.money');
    }
    if (l.productId) lines.push({ productId: l.productId, quantity, unitPriceMinor });
  });
  if (draft.lines.length === 0) found.lines = t('brand.promotions.preview.addLine');
  if (Object.keys(found).length > 0) return { input: null, errors: found };
  return {
    input: {
      promotionId,
      lines,
      overrideValue,
      ...(draft.basis === 'member' ? { memberId: draft.memberId } : { payoutOptionId: draft.optionId }),
    },
    errors: null,
  };
}
