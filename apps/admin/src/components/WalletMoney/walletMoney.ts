import { parseMinorUnits } from '@motiva/ui';

/** The sum of amounts in minor units (decimal strings), exact past 2^53. */
export function sumMinor(amounts: readonly string[]): string {
  return amounts.reduce((sum, amount) => sum + parseMinorUnits(amount), 0n).toString();
}

/** "+1 500,00 ₽" / "−200,00 ₽": a history amount with its direction always shown. */
export function signedMoney(minor: string, format: (minor: string) => string): string {
  const value = parseMinorUnits(minor);
  if (value < 0n) return `\u2212${format((-value).toString())}`;
  return value > 0n ? `+${format(minor)}` : format(minor);
}

/** "03/28": a card's expiry as printed on it. */
export function cardExpiry(month: number, year: number): string {
  return `${String(month).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;
}

/** Whether a card's expiry month has ended by `now` (a card works to the end of its month). */
export function cardExpired(month: number, year: number, now: Date = new Date()): boolean {
  return year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1);
}

/** The card brands the payout provider names; anything else reads as a plain "card". */
const BRANDS = ['VISA', 'MASTERCARD', 'MIR', 'AMEX'];
export const cardBrandKey = (brand: string) => `admin.money.cardBrand.${BRANDS.includes(brand) ? brand : 'OTHER'}`;
