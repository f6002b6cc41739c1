import { describe, expect, it } from 'vitest';
import { cardBrandKey, cardExpired, cardExpiry, signedMoney, sumMinor } from './walletMoney';

const rub = (minor: string) => `${minor} RUB`;

describe('wallet money helpers', () => {
  it('sums minor units exactly, past the safe integer range', () => {
    expect(sumMinor([])).toBe('0');
    expect(sumMinor(['150000', '2500'])).toBe('152500');
    expect(sumMinor(['9007199254740993', '1'])).toBe('9007199254740994');
  });

  it('signs history amounts: plus into a balance, a real minus out of it, none for zero', () => {
    expect(signedMoney('1500', rub)).toBe('+1500 RUB');
    expect(signedMoney('-1500', rub)).toBe('\u22121500 RUB');
    expect(signedMoney('0', rub)).toBe('0 RUB');
  });

  it('prints a card expiry as MM/YY and names unknown brands a plain card', () => {
    expect(cardExpiry(3, 2028)).toBe('03/28');
    expect(cardExpiry(12, 2031)).toBe('12/31');
    expect(cardBrandKey('MIR')).toBe('admin.money.cardBrand.MIR');
    expect(cardBrandKey('UNIONPAY')).toBe('admin.money.cardBrand.OTHER');
  });

  it('calls a card expired only once its month is over', () => {
    const now = new Date(2026, 11, 3); // 3 December 2026
    expect(cardExpired(12, 2026, now)).toBe(false);
    expect(cardExpired(11, 2026, now)).toBe(true);
    expect(cardExpired(1, 2027, now)).toBe(false);
    expect(cardExpired(12, 2025, now)).toBe(true);
  });
});
