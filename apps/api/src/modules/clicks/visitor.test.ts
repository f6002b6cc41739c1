import { describe, expect, it } from 'vitest';
import { ClickAgentClass } from './clicks.enums';
import { BOT_UA, BROWSER_UA } from './clicks.test-kit';
import { isLinkCode, safeLandingUrl } from './link-cache';
import { pageLocale } from './redirect-pages';
import { agentClassOf, referrerHostOf, visitorHash } from './visitor';

describe('what a click records and where a link may go', () => {
  it('classifies user-agents with isbot: bots, browsers, other software; none at all is a bot', () => {
    expect(agentClassOf(BROWSER_UA)).toBe(ClickAgentClass.BROWSER);
    expect(agentClassOf(BOT_UA)).toBe(ClickAgentClass.BOT);
    expect(agentClassOf('facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)')).toBe(ClickAgentClass.BOT);
    expect(agentClassOf('curl/8.5.0')).toBe(ClickAgentClass.BOT);
    expect(agentClassOf('MyShopApp/3.2 (Android 14)')).toBe(ClickAgentClass.OTHER);
    expect(agentClassOf('')).toBe(ClickAgentClass.BOT);
    expect(agentClassOf(undefined)).toBe(ClickAgentClass.BOT);
  });

  it('keeps only the host of an http(s) referrer', () => {
    expect(referrerHostOf('https://Blog.Example.org/p?q=secret')).toBe('blog.example.org');
    expect(referrerHostOf('android-app://com.example')).toBeNull();
    expect(referrerHostOf('not a url')).toBeNull();
    expect(referrerHostOf(undefined)).toBeNull();
  });

  it('hashes a visitor per day salt, never the address itself', () => {
    const a = visitorHash('salt-1', '203.0.113.7', BROWSER_UA);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorHash('salt-1', '203.0.113.7', BROWSER_UA)).toBe(a);
    expect(visitorHash('salt-2', '203.0.113.7', BROWSER_UA)).not.toBe(a);
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(visitorHash('s', 'ab', 'c')).not.toBe(visitorHash('s', 'a', 'bc'));
  });

  it('accepts only https landing URLs on the brand’s domains, without credentials', () => {
    const domains = ['brand.test'];
    expect(safeLandingUrl('https://brand.test/x?a=1', domains)?.href).toBe('https://brand.test/x?a=1');
    expect(safeLandingUrl('https://shop.brand.test/', domains)).not.toBeNull();
    expect(safeLandingUrl('https://SHOP.Brand.test./', ['Brand.TEST'])).not.toBeNull();
    for (const bad of [
      'http://brand.test/',
      'https://evilbrand.test/',
      'https://brand.test.evil.test/',
      'https://u:p@brand.test/',
      'javascript:alert(1)',
      '//brand.test/',
      'https://',
      null,
    ]) {
      expect(safeLandingUrl(bad, domains), String(bad)).toBeNull();
    }
    expect(safeLandingUrl('https://brand.test/', [])).toBeNull();
    expect(safeLandingUrl('https://brand.test/', null)).toBeNull();
  });

  it('checks a code’s shape before any lookup', () => {
    expect(isLinkCode('Ab12')).toBe(true);
    expect(isLinkCode('A'.repeat(16))).toBe(true);
    for (const bad of ['abc', 'A'.repeat(17), 'ab-cd', 'ab%20', 'абвг', '']) expect(isLinkCode(bad), bad).toBe(false);
  });

  it('picks English or Russian by Accept-Language, honouring q-values', () => {
    expect(pageLocale(undefined)).toBe('en');
    expect(pageLocale('ru-RU,ru;q=0.9')).toBe('ru');
    expect(pageLocale('de-DE,ru;q=0.5,en;q=0.4')).toBe('ru');
    expect(pageLocale('ru;q=0.5,en;q=0.9')).toBe('en');
    expect(pageLocale('fr')).toBe('en');
    expect(pageLocale('ru;q=0')).toBe('en');
  });
});
