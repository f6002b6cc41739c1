/**
 * The one currency rule, for the API's inputs (shared/validators.ts `@Currency()`) and the CSV import
 * alike: an ISO 4217 code of a currency people pay with, as the runtime's ICU data lists them
 * (Intl.supportedValuesOf('currency')), less the X-codes that are no money: special drawing rights and
 * other units of account, precious metals, the testing code and "no currency" (XXX). A code outside
 * the list (ZZZ, XXX, XAU) is refused. Minor-unit decimals come from the same ICU data (RUB 2, JPY 0, KWD 3).
 */
const NOT_MONEY = new Set(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);

export const ACCEPTED_CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency').filter(
  (code) => /^[A-Z]{3}$/.test(code) && !NOT_MONEY.has(code),
);
const accepted = new Set(ACCEPTED_CURRENCIES);

export function isAcceptedCurrency(code: string): boolean {
  return accepted.has(code);
}

const fractionDigitsCache = new Map<string, number>();

/** The currency's number of minor digits (RUB 2, JPY 0, KWD 3), as the portals format it. */
export function currencyFractionDigits(code: string): number {
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}
