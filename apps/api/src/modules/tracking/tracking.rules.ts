import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { FIELD_LIMITS } from '../../shared/field-limits';

/**
 * The pure rules of the tracking set-up: site domains, landing URLs, click-id parameters, the promo
 * code pattern language and the random parts of links and codes. No database here.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A brand's site host name, normalised: trimmed, lower-case, IDN to punycode, no trailing dot. Returns
 * the host or a problem. IP addresses, ports, paths, wildcards, user info and localhost are refused.
 */
export function normaliseSiteDomain(raw: string): { host: string } | { problem: string } {
  if (raw.length > FIELD_LIMITS.siteDomain) return { problem: `Use at most ${FIELD_LIMITS.siteDomain} characters per host name` };
  const value = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!value) return { problem: 'Enter a host name, e.g. shop.example.com' };
  if (/[\s/\\:@*?#[\]%]/.test(value)) return { problem: `${raw.trim()}: a host name only, without scheme, port, path or wildcard` };
  if (isIP(value)) return { problem: `${value}: an IP address is not a site domain` };
  const host = domainToASCII(value);
  if (!host || host.length > FIELD_LIMITS.siteDomain) return { problem: `${raw.trim()}: not a valid host name` };
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return { problem: `${raw.trim()}: not a valid host name` };
  if (/^\d+$/.test(labels.at(-1)!)) return { problem: `${raw.trim()}: not a valid host name` };
  if (labels.at(-1) === 'localhost' || host === 'localhost') return { problem: `${host}: localhost is not a site domain` };
  return { host };
}

/** True when `host` is `domain` or a subdomain of it (a.b.brand.com under brand.com; evil-brand.com is not). */
export function isOnDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * A landing URL normalised (WHATWG URL serialisation), or a problem: https only, the host one of the
 * brand's domains or a subdomain of one, no user info, no port other than 443.
 */
export function normaliseLandingUrl(raw: string, siteDomains: readonly string[]): { url: string } | { problem: string } {
  const value = raw.trim();
  if (/\s/.test(value)) return { problem: 'A URL has no spaces' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'Enter a full URL starting with https://' };
  }
  if (url.protocol !== 'https:') return { problem: 'The landing URL must start with https://' };
  if (url.username || url.password) return { problem: 'The landing URL must not contain a user name or password' };
  if (url.port !== '') return { problem: 'The landing URL must use the standard https port' };
  const host = url.hostname.replace(/\.$/, '');
  if (isIP(host) || host.startsWith('[')) return { problem: 'The landing URL must be on one of your site domains, not an IP address' };
  if (siteDomains.length === 0) return { problem: 'Add your site domains first: the landing URL must be on one of them' };
  if (!siteDomains.some((d) => isOnDomain(host, d)))
    return { problem: `${host} is not one of your site domains (${siteDomains.join(', ')}) or a subdomain of one` };
  url.hostname = host;
  const href = url.href;
  if (href.length > FIELD_LIMITS.landingUrl) return { problem: `Use at most ${FIELD_LIMITS.landingUrl} characters` };
  return { url: href };
}

export const CLICK_ID_PARAM = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/** A promo code as stored: the database CHECK on promo_code.code. */
export const PROMO_CODE_SHAPE = /^[A-Za-z0-9_-]{3,32}$/;

export type PatternPart =
  { kind: 'literal'; text: string } | { kind: 'name' } | { kind: 'digits'; n: number } | { kind: 'letters'; n: number };

/** Letters of {LETTERS:n}: A-Z without I and O, which read like 1 and 0. */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '0123456789';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** What {NAME} keeps of the first name. */
export const NAME_LENGTH = 8;

/**
 * The code pattern language: literal letters, digits, `_` and `-`; {NAME} (the participant's first
 * name, Cyrillic transliterated to Latin, upper-case, letters only, cut to 8); {DIGITS:n} and
 * {LETTERS:n} (n random digits or letters, n from 2 to 8). At least one random part; every code it
 * can make is 3 to 32 characters. E.g. SUMMER-{NAME}{DIGITS:4} -> SUMMER-IVAN4821.
 */
export function parseCodePattern(pattern: string): { parts: PatternPart[] } | { problem: string } {
  const parts: PatternPart[] = [];
  const re = /\{([A-Z]+)(?::(\d+))?\}|([A-Za-z0-9_-]+)|(.)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pattern))) {
    if (m[3]) parts.push({ kind: 'literal', text: m[3] });
    else if (m[4] !== undefined)
      return { problem: `"${m[4]}" is not allowed: use letters, digits, _ and -, and {NAME}, {DIGITS:n}, {LETTERS:n}` };
    else if (m[1] === 'NAME' && m[2] === undefined) parts.push({ kind: 'name' });
    else if ((m[1] === 'DIGITS' || m[1] === 'LETTERS') && m[2] !== undefined) {
      const n = Number(m[2]);
      if (n < 2 || n > 8) return { problem: `{${m[1]}:n} takes n from 2 to 8` };
      parts.push({ kind: m[1] === 'DIGITS' ? 'digits' : 'letters', n });
    } else return { problem: `{${m[1]}${m[2] ? `:${m[2]}` : ''}} is not a placeholder: use {NAME}, {DIGITS:n} or {LETTERS:n}` };
  }
  if (parts.length === 0) return { problem: 'Enter a pattern, e.g. {NAME}{DIGITS:4}' };
  if (!parts.some((p) => p.kind === 'digits' || p.kind === 'letters'))
    return { problem: 'Add a random part ({DIGITS:n} or {LETTERS:n}) so every member gets a different code' };
  const fixed = parts.reduce((n, p) => n + (p.kind === 'literal' ? p.text.length : p.kind === 'name' ? 0 : p.n), 0);
  const longest = fixed + (parts.some((p) => p.kind === 'name') ? NAME_LENGTH : 0);
  if (fixed < 3) return { problem: 'Codes must have at least 3 characters besides the name' };
  if (longest > 32) return { problem: 'Codes can have at most 32 characters (a name counts as up to 8)' };
  return { parts };
}

const CYRILLIC: Record<string, string> = {
  а: 'A',
  б: 'B',
  в: 'V',
  г: 'G',
  д: 'D',
  е: 'E',
  ё: 'E',
  ж: 'ZH',
  з: 'Z',
  и: 'I',
  й: 'Y',
  к: 'K',
  л: 'L',
  м: 'M',
  н: 'N',
  о: 'O',
  п: 'P',
  р: 'R',
  с: 'S',
  т: 'T',
  у: 'U',
  ф: 'F',
  х: 'KH',
  ц: 'TS',
  ч: 'CH',
  ш: 'SH',
  щ: 'SHCH',
  ъ: '',
  ы: 'Y',
  ь: '',
  э: 'E',
  ю: 'YU',
  я: 'YA',
  і: 'I',
  ї: 'YI',
  є: 'YE',
  ґ: 'G',
};

/** {NAME}: the first word of the name, Cyrillic to Latin, upper-case ASCII letters only, at most 8. */
export function nameForCode(fullName: string): string {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  const latin = [...first.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  return latin
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, NAME_LENGTH);
}

const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

/** One code from a parsed pattern for a participant named `fullName`. */
export function generateCode(parts: readonly PatternPart[], fullName: string): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case 'literal':
          return p.text;
        case 'name':
          return nameForCode(fullName);
        case 'digits':
          return pick(DIGITS, p.n);
        case 'letters':
          return pick(LETTERS, p.n);
      }
    })
    .join('');
}

/** A short link's code: 8 random base62 characters from the crypto generator. */
export function generateLinkCode(): string {
  return pick(BASE62, 8);
}
