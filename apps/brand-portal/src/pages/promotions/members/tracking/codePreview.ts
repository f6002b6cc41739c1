/**
 * A live example of a promo code pattern while the brand types it, by the API's rules (modules/tracking
 * tracking.rules.ts): literal letters, digits, _ and -; {NAME} (first name, Latin, upper-case, up to 8);
 * {DIGITS:n} and {LETTERS:n} with n from 2 to 8; at least one random part; codes of 3 to 32 characters.
 * The example uses fixed "random" characters so it does not flicker; the API's answer is the rule.
 */
export type PatternProblem = 'empty' | 'character' | 'placeholder' | 'count' | 'noRandom' | 'tooShort' | 'tooLong';

const EXAMPLE_DIGITS = '48213579';
const EXAMPLE_LETTERS = 'KXRMTAPV';

export function previewCode(pattern: string, name = 'IVAN'): { example: string } | { problem: PatternProblem } {
  const value = pattern.trim();
  if (!value) return { problem: 'empty' };
  const re = /\{([A-Z]+)(?::(\d+))?\}|([A-Za-z0-9_-]+)|(.)/gy;
  let example = '';
  let fixed = 0;
  let random = false;
  let hasName = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    if (m[3]) {
      example += m[3];
      fixed += m[3].length;
    } else if (m[4] !== undefined) return { problem: 'character' };
    else if (m[1] === 'NAME' && m[2] === undefined) {
      example += name;
      hasName = true;
    } else if ((m[1] === 'DIGITS' || m[1] === 'LETTERS') && m[2] !== undefined) {
      const n = Number(m[2]);
      if (n < 2 || n > 8) return { problem: 'count' };
      example += (m[1] === 'DIGITS' ? EXAMPLE_DIGITS : EXAMPLE_LETTERS).slice(0, n);
      fixed += n;
      random = true;
    } else return { problem: 'placeholder' };
  }
  if (!random) return { problem: 'noRandom' };
  if (fixed < 3) return { problem: 'tooShort' };
  if (fixed + (hasName ? 8 : 0) > 32) return { problem: 'tooLong' };
  return { example };
}
