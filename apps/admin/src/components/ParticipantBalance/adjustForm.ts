import type { AdjustBalanceInput, AdjustmentDirection } from '@motiva/schema';
import { parseMinorUnits, parseMoneyToMinor, rules, type FieldError, type FormErrors } from '@motiva/ui';

/** The API's bounds of an adjustment's reason (AdjustBalanceInput.reason: FIELD_LIMITS.ledgerMemo). */
export const REASON_MIN = 3;
export const REASON_MAX = 1_000;

export interface AdjustValues extends Record<string, string> {
  direction: AdjustmentDirection;
  /** As typed, in the admin's locale ("1 500,50"). */
  amount: string;
  reason: string;
}

export const emptyAdjust: AdjustValues = { direction: 'CREDIT', amount: '', reason: '' };

const reasonError = (reason: string): FieldError | undefined => {
  const length = reason.trim().length;
  if (length === 0) return { key: 'validation.required' };
  return length < REASON_MIN || length > REASON_MAX ? { key: 'admin.money.adjust.reasonLength' } : undefined;
};

/** The same rules the API applies, so its (English) messages rarely show: an amount above zero, a 3 to 1000 character reason. */
export function validateAdjust(locale: string) {
  return (values: AdjustValues): FormErrors<AdjustValues> => {
    let amount = rules.money(locale)(values.amount);
    if (!amount && parseMinorUnits(parseMoneyToMinor(values.amount, locale) ?? '0') <= 0n)
      amount = { key: 'admin.money.adjust.amountPositive' };
    return { amount, reason: reasonError(values.reason) };
  };
}

/** The form as the API's AdjustBalanceInput (call after validateAdjust passed). */
export function adjustInput(participantId: string, values: AdjustValues, locale: string): AdjustBalanceInput {
  return {
    participantId,
    direction: values.direction,
    amountMinor: parseMoneyToMinor(values.amount, locale) ?? '0',
    reason: values.reason.trim(),
  };
}

/** The API names the amount amountMinor; the form calls it amount. */
export function placeServerFields(fields: Record<string, string>): Record<string, string> {
  const { amountMinor, ...rest } = fields;
  return amountMinor ? { ...rest, amount: amountMinor } : rest;
}
