import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutKind } from '@motiva/schema';
import { useFormat } from '../format/useFormat';
import { formatMinorOrRaw, formatPayoutValue } from './payoutText';

/**
 * Payout options and rewards of one promotion in words, the same in every portal: the value alone
 * ("500,00 ₽", "5 %"), with its unit from the glossary ("500,00 ₽ per unit", "5% of the sale"), the
 * kind's name, and plain amounts of the promotion's currency (caps, rewards).
 */
export function usePayoutText(currency: string) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return useMemo(() => {
    const value = (kind: PayoutKind, raw: string): string => formatPayoutValue(kind, raw, currency, locale);
    return {
      locale,
      currency,
      /** "500,00 ₽" / "5 %". */
      value,
      /** "500,00 ₽ per unit" / "5% of the sale" / "50,00 ₽ per sale" / "3,00 ₽ per click". */
      withUnit: (kind: PayoutKind, raw: string): string => t(`glossary.payoutValue.${kind}`, { value: value(kind, raw) }),
      /** "Per unit sold", "Percent of the sale"… */
      kind: (kind: PayoutKind): string => t(`glossary.payoutKind.${kind}`, { defaultValue: kind }),
      /** Money of the promotion's currency: caps, rewards, prices. */
      money: (minor: string): string => formatMinorOrRaw(minor, currency, locale),
    };
  }, [t, locale, currency]);
}

export type PayoutText = ReturnType<typeof usePayoutText>;
