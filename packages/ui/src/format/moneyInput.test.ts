import { describe, expect, it } from 'vitest';
import { minorToInputText, parseMoneyToMinor } from './moneyInput';

describe('parseMoneyToMinor', () => {
  it('reads Russian amounts: space groups, comma decimals', () => {
    expect(parseMoneyToMinor('54 990,50', 'ru')).toBe('5499050');
    expect(parseMoneyToMinor('54\u00a0990,5', 'ru')).toBe('5499050'); // no-break space, one decimal
    expect(parseMoneyToMinor('54990', 'ru')).toBe('5499000');
    expect(parseMoneyToMinor('0,05', 'ru')).toBe('5');
  });

  it('takes a point as the decimal separator in Russian too', () => {
    expect(parseMoneyToMinor('54990.50', 'ru')).toBe('5499050');
  });

  it('reads English amounts: comma groups, point decimals', () => {
    expect(parseMoneyToMinor('54,990.50', 'en')).toBe('5499050');
    expect(parseMoneyToMinor(' 1,234,567.8 ', 'en')).toBe('123456780');
    expect(parseMoneyToMinor('1 234.50', 'en')).toBe('123450');
    expect(parseMoneyToMinor('.5', 'en')).toBe('50');
    expect(parseMoneyToMinor('12.', 'en')).toBe('1200');
  });

  it('keeps zero and leading zeros exact', () => {
    expect(parseMoneyToMinor('0', 'en')).toBe('0');
    expect(parseMoneyToMinor('007,10', 'ru')).toBe('710');
  });

  it('stays exact where floats would not', () => {
    // 0.1 + 0.2 style drift and 2^53 + 1: both exact with BigInt.
    expect(parseMoneyToMinor('54990,10', 'ru')).toBe('5499010');
    expect(parseMoneyToMinor('90,071,992,547,409.93', 'en')).toBe('9007199254740993');
    expect(parseMoneyToMinor('123456789012345678901,23', 'ru')).toBe('12345678901234567890123');
  });

  it('refuses more than two decimals', () => {
    expect(parseMoneyToMinor('1,234', 'ru')).toBeNull();
    expect(parseMoneyToMinor('1.005', 'en')).toBeNull();
  });

  it('refuses negatives, letters, currency signs and empty text', () => {
    expect(parseMoneyToMinor('-5', 'en')).toBeNull();
    expect(parseMoneyToMinor('−5', 'ru')).toBeNull();
    expect(parseMoneyToMinor('12a', 'en')).toBeNull();
    expect(parseMoneyToMinor('1e3', 'en')).toBeNull();
    expect(parseMoneyToMinor('₽ 100', 'ru')).toBeNull();
    expect(parseMoneyToMinor('$100', 'en')).toBeNull();
    expect(parseMoneyToMinor('', 'en')).toBeNull();
    expect(parseMoneyToMinor('   ', 'ru')).toBeNull();
    expect(parseMoneyToMinor(',', 'ru')).toBeNull();
  });

  it('refuses two decimal separators and groups that are not threes', () => {
    expect(parseMoneyToMinor('1.2.3', 'en')).toBeNull();
    expect(parseMoneyToMinor('1,5.5', 'ru')).toBeNull();
    expect(parseMoneyToMinor('1,23', 'en')).toBeNull(); // a mistyped 1.23, not 123
    expect(parseMoneyToMinor('54 99', 'ru')).toBeNull();
    expect(parseMoneyToMinor('1234 567', 'ru')).toBeNull();
    expect(parseMoneyToMinor('1,,000', 'en')).toBeNull();
  });

  it('follows the fraction digits it is given', () => {
    expect(parseMoneyToMinor('1234', 'en', 0)).toBe('1234');
    expect(parseMoneyToMinor('1.5', 'en', 0)).toBeNull();
    expect(parseMoneyToMinor('1.234', 'en', 3)).toBe('1234');
  });
});

describe('minorToInputText', () => {
  it('writes amounts the way each locale reads them', () => {
    expect(minorToInputText('5499050', 'ru')).toBe('54 990,50');
    expect(minorToInputText('5499050', 'en')).toBe('54,990.50');
    expect(minorToInputText('5', 'en')).toBe('0.05');
    expect(minorToInputText('0', 'ru')).toBe('0,00');
    expect(minorToInputText('100000000', 'en')).toBe('1,000,000.00');
  });

  it('keeps every digit beyond the float-safe range', () => {
    expect(minorToInputText('9007199254740993', 'en')).toBe('90,071,992,547,409.93');
  });

  it('round-trips through parseMoneyToMinor in both languages', () => {
    for (const minor of ['0', '1', '99', '100', '123456', '999999999999999', '9007199254740993']) {
      for (const locale of ['en', 'ru']) {
        expect(parseMoneyToMinor(minorToInputText(minor, locale), locale)).toBe(minor);
      }
    }
  });

  it('refuses text that is not an integer amount', () => {
    expect(() => minorToInputText('12.5', 'en')).toThrow(RangeError);
  });
});
