import type { PayoutKind } from '@motiva/schema';
import { formatBasisPoints } from '../format/basisPoints';
import { formatMoney } from '../format/money';

/** Every kind of payout option, in the order the editors offer them. */
export const PAYOUT_KINDS: readonly PayoutKind[] = ['PER_UNIT', 'PERCENT_OF_SALE', 'FLAT_PER_SALE', 'PER_CLICK'];

/** PERCENT_OF_SALE values are basis points; every other kind is minor units of the promotion's currency. */
export const isPercentKind = (kind: PayoutKind): boolean => kind === 'PERCENT_OF_SALE';

const INTEGER = /^-?\d+$/;

/**
 * A payout value in the user's locale: "500,00 ₽" for minor units, "5 %" for basis points. Strings
 * and BigInt only, never a float; a value that is not an integer string (an old or broken audit
 * snapshot) is shown as it came rather than throwing.
 */
export function formatPayoutValue(kind: PayoutKind, raw: string, currency: string, locale: string): string {
  if (!INTEGER.test(raw.trim())) return raw;
  return isPercentKind(kind) ? formatBasisPoints(raw, locale) : formatMoney(raw, currency, locale);
}

/** An amount of money of the promotion's currency, or the text as it came when it is not minor units. */
export function formatMinorOrRaw(minor: string, currency: string, locale: string): string {
  return INTEGER.test(minor.trim()) ? formatMoney(minor, currency, locale) : minor;
}
