import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, isValidGtin } from './gtin';

describe('GTIN check digits', () => {
  it('accepts real GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 codes', () => {
    for (const code of ['96385074', '036000291452', '4006381333931', '4601234567893', '10614141000415', '00012345600012']) {
      expect(isValidGtin(code), code).toBe(true);
    }
  });

  it('refuses a wrong check digit, and every single-digit typo of a valid code', () => {
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('036000291453')).toBe(false);
    const valid = '4006381333931';
    for (let at = 0; at < valid.length; at += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === valid[at]) continue;
        const typo = valid.slice(0, at) + d + valid.slice(at + 1);
        expect(isValidGtin(typo), typo).toBe(false);
      }
    }
  });

  it('refuses lengths that are no GTIN and anything but digits', () => {
    for (const code of [
      '',
      '1234567',
      '123456789',
      '12345678901',
      '123456789012345',
      '40063813339 1',
      '4006381333931\n',
      '４００６３８１３３３９３１',
    ]) {
      expect(isValidGtin(code), JSON.stringify(code)).toBe(false);
    }
  });

  it('computes the GS1 check digit (weights 3,1,3,... from the right)', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(gtinCheckDigit('03600029145')).toBe(2);
    expect(gtinCheckDigit('9638507')).toBe(4);
    expect(gtinCheckDigit('1061414100041')).toBe(5);
  });
});
