import { describe, expect, it } from 'vitest';
import { formatMoney, minorToDecimalString, parseMinorUnits } from './money';

// Intl separates groups with (narrow) no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('minorToDecimalString', () => {
  it('places the decimal point by the number of minor digits', () => {
    expect(minorToDecimalString(123456n, 2)).toBe('1234.56');
    expect(minorToDecimalString(5n, 2)).toBe('0.05');
    expect(minorToDecimalString(-5n, 2)).toBe('-0.05');
    expect(minorToDecimalString(1234n, 0)).toBe('1234');
    expect(minorToDecimalString(1234n, 3)).toBe('1.234');
  });
});

describe('parseMinorUnits', () => {
  it('accepts integer strings and bigints only', () => {
    expect(parseMinorUnits(' 42 ')).toBe(42n);
    expect(parseMinorUnits(-7n)).toBe(-7n);
    expect(() => parseMinorUnits('12.5')).toThrow(RangeError);
    expect(() => parseMinorUnits('1e3')).toThrow(RangeError);
    expect(() => parseMinorUnits('')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats roubles in Russian and English', () => {
    expect(plain(formatMoney('123456', 'RUB', 'ru'))).toBe('1 234,56 ₽');
    expect(plain(formatMoney('123456', 'RUB', 'en'))).toBe('RUB 1,234.56');
  });

  it('keeps every digit beyond the float-safe range', () => {
    // 2^53 + 1 minor units: a float would round the last digit away.
    expect(formatMoney('9007199254740993', 'USD', 'en')).toBe('$90,071,992,547,409.93');
    expect(plain(formatMoney(1234567890123456789n, 'RUB', 'ru'))).toBe('12 345 678 901 234 567,89 ₽');
  });

  it('uses the currency minor digits', () => {
    expect(formatMoney('1234', 'JPY', 'en')).toBe('¥1,234');
    expect(plain(formatMoney('1234', 'KWD', 'en'))).toBe('KWD 1.234');
  });

  it('formats zero and negatives', () => {
    expect(formatMoney('0', 'USD', 'en')).toBe('$0.00');
    expect(formatMoney('-5', 'USD', 'en')).toBe('-$0.05');
  });
});
