import { describe, expect, it } from 'vitest';
import { fullYear, groupCardNumber, luhnValid, validateCard } from './card';
import { checkWithdrawal, newIdempotencyKey } from './withdraw';

const now = new Date(2026, 11, 3);

describe('card numbers', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('2200000000000004')).toBe(true);
    expect(luhnValid('41111x')).toBe(false);
  });

  it('groups digits in fours as typed, dropping anything else', () => {
    expect(groupCardNumber('41111111-1111 1111')).toBe('4111 1111 1111 1111');
    expect(groupCardNumber('411')).toBe('411');
    expect(groupCardNumber('1234567890123456789012')).toBe('1234 5678 9012 3456 789');
  });

  it('says what is wrong with a card before it is sent', () => {
    expect(validateCard({ number: '4111 1111 1111 1111', month: '12', year: '2026' }, now)).toEqual({});
    expect(validateCard({ number: '4111 1111 1111 1112', month: '13', year: '2026' }, now)).toEqual({
      cardNumber: 'participant.wallet.cards.errors.luhn',
      expiryMonth: 'participant.wallet.cards.errors.month',
    });
    expect(validateCard({ number: '4111', month: '11', year: '2026' }, now)).toEqual({
      cardNumber: 'participant.wallet.cards.errors.length',
      expiryYear: 'participant.wallet.cards.errors.expired',
    });
    expect(validateCard({ number: '4111111111111111', month: '1', year: '2025' }, now).expiryYear).toBe(
      'participant.wallet.cards.errors.year',
    );
    expect(fullYear('29')).toBe('2029');
  });
});

describe('a withdrawal amount', () => {
  it('is at least the minimum and at most what is available', () => {
    expect(checkWithdrawal('1 000,50', 'ru', '10000', '200000')).toEqual({ amountMinor: '100050', error: null });
    expect(checkWithdrawal('50', 'ru', '10000', '200000').error).toBe('participant.wallet.withdraw.errors.belowMin');
    expect(checkWithdrawal('2,000.01', 'en', '10000', '200000').error).toBe('participant.wallet.withdraw.errors.aboveAvailable');
    expect(checkWithdrawal('', 'en', '10000', '200000').error).toBe('participant.wallet.withdraw.errors.amount');
  });
});

describe('the idempotency key', () => {
  it('is a UUID, a new one each time', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
