/**
 * Typing a percentage and turning it into integer basis points (100 bp = 1%), and back. The same
 * string/BigInt path as prices: a percentage with at most two decimals is an amount with two minor
 * digits, so "7,5" (ru) or "7.5" (en) is exactly 750 bp, never 749.99999.
 */
import { minorToInputText, parseMoneyToMinor } from './moneyInput';

/** 100% — the most a PERCENT_OF_SALE value may be. */
export const MAX_BASIS_POINTS = 10_000n;

/**
 * "7,5" / "7.5" / "7.5 %" -> "750". Null for anything that is not a plain non-negative number with at
 * most two decimals. Values above 100% are returned as they are: the caller says what is wrong.
 */
export function parsePercentToBasisPoints(text: string, locale: string): string | null {
  const value = text.replace(/%/g, '').trim();
  return parseMoneyToMinor(value, locale, 2);
}

/** "750" -> "7.5" (en) / "7,5" (ru); "500" -> "5": what a percent field shows for stored basis points. */
export function basisPointsToInputText(bp: string, locale: string): string {
  const text = minorToInputText(bp, locale, 2);
  // The last three characters are the decimal separator and two digits: drop the zeros at the end.
  const integer = text.slice(0, -3);
  const separator = text.slice(-3, -2);
  const fraction = text.slice(-2).replace(/0+$/, '');
  return fraction ? `${integer}${separator}${fraction}` : integer;
}
