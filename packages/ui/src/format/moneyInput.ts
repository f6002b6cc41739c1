/**
 * Turning what a person types into a price field into integer minor units, and back. All string and
 * BigInt work: a float would turn 54 990,10 into 5499009.999… kopecks, and amounts past 2^53 would
 * lose digits. The user's locale decides the separators ("54 990,50" in Russian, "54,990.50" in
 * English); anything ambiguous is refused rather than guessed.
 */
import { parseMinorUnits } from './money';

/** The API keeps at most 15 digits of minor units (MoneyInput.amountMinor matches /^\d{1,15}$/). */
export const MAX_MINOR_DIGITS = 15;

interface Separators {
  decimal: string;
  group: string;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const cache = new Map<string, Separators>();

/** The locale's decimal and group characters; any kind of space is normalised to a plain one. */
function separators(locale: string): Separators {
  let found = cache.get(locale);
  if (!found) {
    // A fixed sample number, only to read which characters the locale uses; no amount passes here.
    const parts = new Intl.NumberFormat(locale, { minimumFractionDigits: 1 }).formatToParts(12345.5);
    const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
    found = { decimal: part('decimal', '.'), group: part('group', ',').replace(SPACES, ' ') };
    cache.set(locale, found);
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "54 990,50" (ru) or "54,990.50" (en) -> "5499050". Null for anything that is not a plain
 * non-negative amount: empty text, letters or currency signs, a minus, more than `fractionDigits`
 * decimals, two decimal separators, or digit groups that are not groups of three ("1,23" in English
 * is more likely a mistyped 1.23 than 123, so it is refused).
 */
export function parseMoneyToMinor(text: string, locale: string, fractionDigits = 2): string | null {
  const { decimal, group } = separators(locale);
  const value = text.replace(SPACES, ' ').trim();
  if (value === '') return null;
  // Group separators: spaces always, and the locale's own one. A point is also taken as the decimal
  // separator where the locale does not group with it (people type "54990.50" on Russian keyboards).
  const groups = new Set([' ', group]);
  const decimals = new Set([decimal]);
  if (!groups.has('.')) decimals.add('.');
  if (decimals.has(group)) return null; // a locale whose separators collide: refuse rather than guess
  const allowed = new RegExp(`^[0-9${escape([...groups, ...decimals].join(''))}]+$`);
  if (!allowed.test(value)) return null;

  const decimalPositions = [...value].flatMap((c, i) => (decimals.has(c) ? [i] : []));
  if (decimalPositions.length > 1) return null;
  const at = decimalPositions[0];
  const integerText = at === undefined ? value : value.slice(0, at);
  const fraction = at === undefined ? '' : value.slice(at + 1);
  if (!/^\d*$/.test(fraction) || fraction.length > fractionDigits) return null;

  const chunks = integerText.split(new RegExp(`[${escape([...groups].join(''))}]`));
  if (chunks.length > 1) {
    const [first, ...rest] = chunks;
    if (!/^\d{1,3}$/.test(first!) || !rest.every((c) => /^\d{3}$/.test(c))) return null;
  }
  const integer = chunks.join('');
  if (!/^\d*$/.test(integer) || (integer === '' && fraction === '')) return null;

  const scale = 10n ** BigInt(fractionDigits);
  const minor = BigInt(integer || '0') * scale + BigInt(fraction.padEnd(fractionDigits, '0') || '0');
  return minor.toString();
}

/** "5499050" -> "54 990,50" (ru) / "54,990.50" (en): what a price field shows for a stored amount. */
export function minorToInputText(minor: string, locale: string, fractionDigits = 2): string {
  const { decimal, group } = separators(locale);
  const value = parseMinorUnits(minor);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(fractionDigits);
  const integer = (abs / scale).toString();
  // Digits grouped in threes from the right; a plain space rather than a no-break one, so the text
  // stays easy to edit and to paste elsewhere.
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = fractionDigits > 0 ? decimal + (abs % scale).toString().padStart(fractionDigits, '0') : '';
  return `${negative ? '-' : ''}${grouped}${fraction}`;
}
