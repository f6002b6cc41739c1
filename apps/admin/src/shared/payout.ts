import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutKind } from '@motiva/schema';
import { formatBasisPoints, formatMoney, useFormat } from '@motiva/ui';

const INTEGER = /^-?\d+$/;

/**
 * Payout values of one promotion in words: minor units of its currency for PER_UNIT, FLAT_PER_SALE
 * and PER_CLICK, basis points for PERCENT_OF_SALE. Strings and BigInt only, never a float; a value
 * that is not an integer string is shown as it came.
 */
export function usePayoutText(currency: string) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return useMemo(() => {
    const value = (kind: PayoutKind, raw: string): string => {
      if (!INTEGER.test(raw)) return raw;
      return kind === 'PERCENT_OF_SALE' ? formatBasisPoints(raw, locale) : formatMoney(raw, currency, locale);
    };
    return {
      /** "RUB 500.00" / "5%". */
      value,
      /** "RUB 500.00 per unit" / "5% of the sale". */
      withUnit: (kind: PayoutKind, raw: string): string => t(`admin.promotions.payout.withUnit.${kind}`, { value: value(kind, raw) }),
      kind: (kind: PayoutKind): string => t(`admin.promotions.payout.kinds.${kind}`, { defaultValue: kind }),
      money: (minor: string): string => (INTEGER.test(minor) ? formatMoney(minor, currency, locale) : minor),
    };
  }, [t, locale, currency]);
}

export type PayoutText = ReturnType<typeof usePayoutText>;
