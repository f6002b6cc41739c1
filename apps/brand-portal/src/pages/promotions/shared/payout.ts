import { useMemo } from 'react';
import type { PayoutKind } from '@motiva/schema';
import {
  basisPointsToInputText,
  isPercentKind,
  MAX_BASIS_POINTS,
  MAX_MINOR_DIGITS,
  minorToInputText,
  parseMoneyToMinor,
  parsePercentToBasisPoints,
  usePayoutText,
} from '@motiva/ui';

/** Minor digits of a currency (RUB 2, JPY 0), read from Intl with a fixed sample; no amount passes through a float. */
export function currencyDigits(currency: string, locale: string): number {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "₽" in Russian, "RUB" in English: the sign Intl puts beside an amount. */
export function currencySign(currency: string, locale: string): string {
  try {
    return (
      new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency
    );
  } catch {
    return currency;
  }
}

export type ValueProblem = 'required' | 'invalid' | 'tooLarge' | 'over100';

/**
 * The kit's payout text for one promotion currency ("500,00 ₽ per unit", "7,5 % of the sale"), plus
 * what the brand's forms need: a value's input text and back to the API's integer strings, and what
 * is wrong with a typed one. String/BigInt only.
 */
export function usePayoutFormat(currency: string) {
  const text = usePayoutText(currency);
  return useMemo(() => {
    const { locale } = text;
    const digits = currencyDigits(currency, locale);
    const parse = (kind: PayoutKind, typed: string): string | null =>
      isPercentKind(kind) ? parsePercentToBasisPoints(typed, locale) : parseMoneyToMinor(typed, locale, digits);
    return {
      ...text,
      sign: currencySign(currency, locale),
      /** What the value field shows for a stored value. */
      toInput: (kind: PayoutKind, raw: string): string =>
        isPercentKind(kind) ? basisPointsToInputText(raw, locale) : minorToInputText(raw, locale, digits),
      /** The API's integer string, or null when the text does not read as a value of this kind. */
      parse,
      /** What is wrong with a typed value, if anything. */
      problem: (kind: PayoutKind, typed: string): ValueProblem | null => {
        if (typed.trim() === '') return 'required';
        const parsed = parse(kind, typed);
        if (parsed === null) return 'invalid';
        if (isPercentKind(kind) && BigInt(parsed) > MAX_BASIS_POINTS) return 'over100';
        if (parsed.length > MAX_MINOR_DIGITS) return 'tooLarge';
        return null;
      },
      moneyToInput: (minor: string) => minorToInputText(minor, locale, digits),
      parseMoney: (typed: string) => parseMoneyToMinor(typed, locale, digits),
    };
  }, [currency, text]);
}

export type PayoutFormat = ReturnType<typeof usePayoutFormat>;

/** The i18n key of a value problem, per kind (a money hint or a percent hint). */
export function valueProblemKey(kind: PayoutKind, problem: ValueProblem): string {
  if (problem === 'required') return 'validation.required';
  if (problem === 'over100') return 'brand.promotions.validation.over100';
  if (problem === 'tooLarge') return 'validation.moneyTooLarge';
  return isPercentKind(kind) ? 'brand.promotions.validation.percent' : 'validation.money';
}
