import { describe, expect, it } from 'vitest';
import { isDigits, isEmail, isPhone, orNull, trimmed } from './validators';

describe('validators', () => {
  it('accepts plausible emails only', () => {
    expect(isEmail(' anna@example.com ')).toBe(true);
    expect(isEmail('anna@example')).toBe(false);
    expect(isEmail('anna example.com')).toBe(false);
  });

  it('checks digit strings by length', () => {
    expect(isDigits('7707083893', 10, 12)).toBe(true);
    expect(isDigits('770708389', 10, 12)).toBe(false);
    expect(isDigits('77070838ab', 10, 12)).toBe(false);
  });

  it('trims everything but the password', () => {
    expect(trimmed({ email: ' a@b.c ', password: ' secret ' })).toEqual({ email: 'a@b.c', password: ' secret ' });
    expect(orNull('  ')).toBeNull();
  });
});

describe('isPhone', () => {
  it('accepts the shapes the API accepts', () => {
    expect(isPhone('+7 912 345-67-89')).toBe(true);
    expect(isPhone('8 (912) 345 67 89')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(isPhone('+7 912 CALL ME')).toBe(false);
  });
});
