import { describe, expect, it } from 'vitest';
import {
  generateCode,
  generateLinkCode,
  nameForCode,
  normaliseLandingUrl,
  normaliseSiteDomain,
  parseCodePattern,
  PROMO_CODE_SHAPE,
  type PatternPart,
} from './tracking.rules';

const problem = (r: object) => ('problem' in r ? (r as { problem: string }).problem : null);
const DOMAINS = ['brand.com'];

describe('site domains', () => {
  it('normalises case, trailing dot and IDN (to punycode)', () => {
    expect(normaliseSiteDomain('  Shop.Brand.COM. ')).toEqual({ host: 'shop.brand.com' });
    expect(normaliseSiteDomain('пример.рф')).toEqual({ host: 'xn--e1afmkfd.xn--p1ai' });
  });
  it.each([
    ['https://brand.com', 'scheme'],
    ['brand.com:8443', 'port'],
    ['brand.com/shop', 'path'],
    ['*.brand.com', 'wildcard'],
    ['user@brand.com', 'user info'],
    ['192.168.0.1', 'IPv4'],
    ['::1', 'IPv6'],
    ['localhost', 'localhost'],
    ['app.localhost', 'localhost subdomain'],
    ['brand', 'single label'],
    ['-bad-.com', 'bad label'],
    ['1.2.3.4.5', 'numeric top level'],
    ['a'.repeat(254), 'too long'],
  ])('refuses %s (%s)', (raw) => {
    expect(problem(normaliseSiteDomain(raw))).toBeTruthy();
  });
});

describe('landing URL', () => {
  it('accepts the brand domain and its subdomains, normalised', () => {
    expect(normaliseLandingUrl(' https://Brand.com/landing?utm=1 ', DOMAINS)).toEqual({ url: 'https://brand.com/landing?utm=1' });
    expect(normaliseLandingUrl('https://shop.brand.com', DOMAINS)).toEqual({ url: 'https://shop.brand.com/' });
    expect(normaliseLandingUrl('https://brand.com:443/x', DOMAINS)).toEqual({ url: 'https://brand.com/x' });
  });
  it.each([
    ['http://brand.com/', 'https only'],
    ['https://evil.com/', 'foreign domain'],
    ['https://evil-brand.com/', 'look-alike host'],
    ['https://brand.com.evil.com/', 'brand as a subdomain of another'],
    ['https://brand.com@evil.com/', 'userinfo trick'],
    ['https://user:pass@brand.com/', 'credentials'],
    ['https://brand.com:8443/', 'another port'],
    ['javascript:alert(1)', 'javascript:'],
    ['//brand.com/x', 'no scheme'],
    ['https://1.2.3.4/', 'IP'],
    ['https://brand .com/', 'space'],
  ])('refuses %s (%s)', (raw) => {
    expect(problem(normaliseLandingUrl(raw, DOMAINS))).toBeTruthy();
  });
  it('refuses everything while the brand has no domains', () => {
    expect(problem(normaliseLandingUrl('https://brand.com/', []))).toMatch(/site domains first/);
  });
});

describe('code patterns', () => {
  it('parses literals and placeholders', () => {
    expect(parseCodePattern('SUMMER-{NAME}{DIGITS:4}')).toEqual({
      parts: [{ kind: 'literal', text: 'SUMMER-' }, { kind: 'name' }, { kind: 'digits', n: 4 }],
    });
  });
  it.each([
    ['{NAME}', 'no random part'],
    ['AB{DIGITS:1}', 'n below 2'],
    ['{LETTERS:9}', 'n above 8'],
    ['{FOO:3}', 'unknown placeholder'],
    ['A B{DIGITS:4}', 'space'],
    ['{DIGITS:2}', 'shorter than 3 without a name'],
    ['X'.repeat(20) + '{NAME}{DIGITS:5}', 'longer than 32'],
    ['{DIGITS:4', 'unclosed brace'],
  ])('refuses %s (%s)', (pattern) => {
    expect(problem(parseCodePattern(pattern))).toBeTruthy();
  });
  it('transliterates Cyrillic first names, keeps letters only, cuts to 8', () => {
    expect(nameForCode('Иван Петров')).toBe('IVAN');
    expect(nameForCode('Щукарь')).toBe('SHCHUKAR');
    expect(nameForCode('Жанна-Мария')).toBe('ZHANNAMA');
    expect(nameForCode("O'Neil")).toBe('ONEIL');
    expect(nameForCode('Zoë')).toBe('ZOE');
    expect(nameForCode('   ')).toBe('');
  });
  it('generates codes of the pattern that the database accepts', () => {
    const { parts } = parseCodePattern('SUMMER-{NAME}{DIGITS:4}{LETTERS:2}') as { parts: PatternPart[] };
    for (let i = 0; i < 200; i++) {
      const code = generateCode(parts, 'Юлия Смирнова');
      expect(code).toMatch(/^SUMMER-YULIYA\d{4}[A-HJ-NP-Z]{2}$/);
      expect(code).toMatch(PROMO_CODE_SHAPE);
    }
  });
  it('link codes are 8 base62 characters and differ', () => {
    const codes = new Set(Array.from({ length: 1000 }, generateLinkCode));
    expect(codes.size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^[A-Za-z0-9]{8}$/);
  });
});
