import { describe, expect, it } from 'vitest';
import { adjustInput, emptyAdjust, placeServerFields, validateAdjust } from './adjustForm';

const validate = validateAdjust('en');

describe('the adjust-balance form', () => {
  it('asks for an amount above zero and a reason of 3 to 1000 characters', () => {
    expect(validate(emptyAdjust)).toEqual({ amount: { key: 'validation.required' }, reason: { key: 'validation.required' } });
    expect(validate({ ...emptyAdjust, amount: '0', reason: 'ok' })).toEqual({
      amount: { key: 'admin.money.adjust.amountPositive' },
      reason: { key: 'admin.money.adjust.reasonLength' },
    });
    expect(validate({ ...emptyAdjust, amount: 'ten', reason: 'x'.repeat(1001) })).toEqual({
      amount: { key: 'validation.money' },
      reason: { key: 'admin.money.adjust.reasonLength' },
    });
    expect(validate({ ...emptyAdjust, amount: '0.01', reason: '  Bonus  ' })).toEqual({ amount: undefined, reason: undefined });
  });

  it('sends minor units as typed in the admin’s locale, and the trimmed reason', () => {
    expect(adjustInput('p1', { direction: 'DEBIT', amount: '1 500,50', reason: ' Returned goods ' }, 'ru')).toEqual({
      participantId: 'p1',
      direction: 'DEBIT',
      amountMinor: '150050',
      reason: 'Returned goods',
    });
    expect(adjustInput('p1', { ...emptyAdjust, amount: '1,234.5', reason: 'Bonus' }, 'en').amountMinor).toBe('123450');
  });

  it('puts the API’s amountMinor message under the amount field', () => {
    expect(placeServerFields({ amountMinor: 'Too low', reason: 'Say why' })).toEqual({ amount: 'Too low', reason: 'Say why' });
    expect(placeServerFields({ reason: 'Say why' })).toEqual({ reason: 'Say why' });
  });
});
