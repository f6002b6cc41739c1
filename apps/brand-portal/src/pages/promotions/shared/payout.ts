import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutKind } from '@motiva/schema';
import {
  basisPointsToInputText,
  formatBasisPoints,
  formatMoney,
  MAX_BASIS_POINTS,
  MAX_MINOR_DIGITS,
  minorToInputText,
  parseMoneyToMinor,
  parsePercentToBasisPoints,
  useFormat,
} from '@motiva/ui';

export const PAYOUT_KINDS: PayoutKind[] = ['PER_UNIT', 'PERCENT_OF_SALE', 'FLAT_PER_SALE', 'PER_CLICK'];

/** PERCENT_OF_SALE values are basis points; every other kind is minor units of the promotion's currency. */
export const isPercent = (kind: PayoutKind) => kind === 'PERCENT_OF_SALE';

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
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

export type ValueProblem = 'required' | 'invalid' | 'tooLarge' | 'over100';

/**
 * Payout values in human form for one promotion currency: "500,00 ₽", "7,5 %"; their input text and
 * back to the API's integer strings. String/BigInt only.
 */
export function usePayoutFormat(currency: string) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return useMemo(() => {
    const digits = currencyDigits(currency, locale);
    const value = (kind: PayoutKind, raw: string): string =>
      isPercent(kind) ? formatBasisPoints(raw, locale) : formatMoney(raw, currency, locale);
    return {
      locale,
      currency,
      sign: currencySign(currency, locale),
      /** "500,00 ₽" / "7,5 %". */
      value,
      /** "500,00 ₽ per unit" / "7,5 % of the sale" / "50,00 ₽ per sale" / "3,00 ₽ per click". */
      withUnit: (kind: PayoutKind, raw: string): string => t(`brand.promotions.payout.withUnit.${kind}`, { value: value(kind, raw) }),
      /** What the value field shows for a stored value. */
      toInput: (kind: PayoutKind, raw: string): string =>
        isPercent(kind) ? basisPointsToInputText(raw, locale) : minorToInputText(raw, locale, digits),
      /** The API's integer string, or null when the text does not read as a value of this kind. */
      parse: (kind: PayoutKind, text: string): string | null =>
        isPercent(kind) ? parsePercentToBasisPoints(text, locale) : parseMoneyToMinor(text, locale, digits),
      /** What is wrong with a typed value, if anything. */
      problem: (kind: PayoutKind, text: string): ValueProblem | null => {
        if (text.trim() === '') return 'required';
        const parsed = isPercent(kind) ? parsePercentToBasisPoints(text, locale) : parseMoneyToMinor(text, locale, digits);
        if (parsed === null) return 'invalid';
        if (isPercent(kind) && BigInt(parsed) > MAX_BASIS_POINTS) return 'over100';
        if (parsed.length > MAX_MINOR_DIGITS) return 'tooLarge';
        return null;
      },
      /** Money amounts of the promotion's currency (caps, prices). */
      money: (minor: string) => formatMoney(minor, currency, locale),
      moneyToInput: (minor: string) => minorToInputText(minor, locale, digits),
      parseMoney: (text: string) => parseMoneyToMinor(text, locale, digits),
    };
  }, [currency, locale, t]);
}

export type PayoutFormat = ReturnType<typeof usePayoutFormat>;

/** The i18n key of a value problem, per kind (a money hint or a percent hint). */
export function valueProblemKey(kind: PayoutKind, problem: ValueProblem): string {
  if (problem === 'required') return 'validation.required';
  if (problem === 'over100') return 'brand.promotions.validation.over100';
  if (problem === 'tooLarge') return 'validation.moneyTooLarge';
  return isPercent(kind) ? 'brand.promotions.validation.percent' : 'validation.money';
}
