/**
 * Percentages arrive as integer basis points (100 bp = 1%, 10000 bp = 100%) in a string. They are
 * turned into an exact decimal string with BigInt ("550" -> "0.055") and formatted by Intl as a
 * percent, so 5.5% never becomes 5.499999%.
 */
import { minorToDecimalString, parseMinorUnits } from './money';

export function formatBasisPoints(bp: string | bigint, locale: string): string {
  // bp / 10000 as an exact decimal: the same split as minor units with four fraction digits.
  const fraction = minorToDecimalString(parseMinorUnits(bp), 4);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction as Intl.StringNumericLiteral);
}
