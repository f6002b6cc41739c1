/**
 * Money arrives from the API as a string of integer minor units (kopecks, cents). It is never turned
 * into a float: the integer is split into major and minor parts with BigInt and handed to
 * Intl.NumberFormat as an exact decimal string, so 2^53 and beyond still format to the last digit.
 */
const MINOR_UNITS = /^-?\d+$/;

export function parseMinorUnits(minor: string | bigint): bigint {
  if (typeof minor === 'bigint') return minor;
  const trimmed = minor.trim();
  if (!MINOR_UNITS.test(trimmed)) throw new RangeError(`Not an integer amount of minor units: "${minor}"`);
  return BigInt(trimmed);
}

/** "123456", 2 -> "1234.56"; "-5", 2 -> "-0.05". */
export function minorToDecimalString(minor: bigint, fractionDigits: number): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  if (fractionDigits === 0) return `${negative ? '-' : ''}${abs}`;
  const scale = 10n ** BigInt(fractionDigits);
  const major = abs / scale;
  const fraction = (abs % scale).toString().padStart(fractionDigits, '0');
  return `${negative ? '-' : ''}${major}.${fraction}`;
}

export function formatMoney(minor: string | bigint, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // The currency's own number of minor digits (RUB 2, JPY 0, KWD 3) decides where the point goes.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorToDecimalString(parseMinorUnits(minor), digits) as Intl.StringNumericLiteral);
}
