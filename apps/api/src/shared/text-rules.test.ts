import { describe, expect, it } from 'vitest';
import { ACCEPTED_CURRENCIES, currencyFractionDigits, isAcceptedCurrency } from './currency';
import { textProblem } from './text-rules';

describe('text rules', () => {
  it('free text: refuses NUL and other C0 controls and DEL, keeps tabs, line breaks and any script', () => {
    expect(textProblem('a\u0000b', 'multiLine')).toMatch(/NUL/);
    for (const c of ['\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F'])
      expect(textProblem(`a${c}b`, 'multiLine'), JSON.stringify(c)).toMatch(/control/);
    expect(textProblem('line 1\r\nline 2\tend', 'multiLine')).toBeNull();
    expect(textProblem('Привет, 世界 👋 — «ok»', 'multiLine')).toBeNull();
  });

  it('single line: also refuses line breaks, tabs, bidi overrides and isolates, zero-width characters', () => {
    for (const c of ['\n', '\r', '\t', '\u2028', '\u202A', '\u202E', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF']) {
      expect(textProblem(`An${c}na`, 'singleLine'), JSON.stringify(c)).not.toBeNull();
    }
    expect(textProblem('Анна-Мария O’Neil', 'singleLine')).toBeNull();
  });
});

describe('currencies', () => {
  it('accepts ISO 4217 currencies in use and refuses units that are no money', () => {
    for (const code of ['RUB', 'USD', 'EUR', 'KZT', 'JPY', 'XOF', 'XAF']) expect(isAcceptedCurrency(code), code).toBe(true);
    for (const code of ['ZZZ', 'XXX', 'XTS', 'XAU', 'XDR', 'XSU', 'rub', 'RU', '']) expect(isAcceptedCurrency(code), code).toBe(false);
    expect(ACCEPTED_CURRENCIES.length).toBeGreaterThan(100);
  });

  it('knows each currency’s minor-unit decimals', () => {
    expect([currencyFractionDigits('RUB'), currencyFractionDigits('JPY'), currencyFractionDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
