import { describe, expect, it } from 'vitest';
import { conversionsCsvHref, formatRateBp, newRefundId, parseRefundAmount, periodRange } from './reportFormat';

describe('formatRateBp', () => {
  it('shows basis points as a percentage with at most two decimals, in the language’s style', () => {
    expect(formatRateBp(2857, 'en')).toBe('28.57%');
    expect(formatRateBp(0, 'en')).toBe('0%');
    expect(formatRateBp(10_000, 'en')).toBe('100%');
    expect(formatRateBp(20_000, 'en')).toBe('200%');
    expect(formatRateBp(5, 'en')).toBe('0.05%');
    expect(formatRateBp(2857, 'ru').replace(/\s/g, ' ')).toBe('28,57 %');
  });
});

describe('periodRange', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');
  it('counts the last N days back from now, unbounded for all time', () => {
    expect(periodRange('7', now)).toEqual({ from: '2026-11-26T12:00:00.000Z', to: null });
    expect(periodRange('30', now)).toEqual({ from: '2026-11-03T12:00:00.000Z', to: null });
    expect(periodRange('all', now)).toEqual({ from: null, to: null });
  });
});

describe('conversionsCsvHref', () => {
  it('carries the filters on screen and drops empty ones, encoded', () => {
    expect(conversionsCsvHref({ promotionId: 'p1', memberId: null, status: 'APPROVED', orderId: 'A&B 1' })).toBe(
      '/api/brand/conversions.csv?promotionId=p1&status=APPROVED&orderId=A%26B+1',
    );
    expect(conversionsCsvHref({ promotionId: 'p1', orderId: '' })).toBe('/api/brand/conversions.csv?promotionId=p1');
  });
});

describe('parseRefundAmount', () => {
  const left = 1_234_50n;
  it('reads the amount as typed into minor units, without floats', () => {
    expect(parseRefundAmount('1234.50', 2, left)).toEqual({ ok: true, minor: '123450' });
    expect(parseRefundAmount('1 234,5', 2, left)).toEqual({ ok: true, minor: '123450' });
    expect(parseRefundAmount('0,07', 2, left)).toEqual({ ok: true, minor: '7' });
    expect(parseRefundAmount('12', 2, left)).toEqual({ ok: true, minor: '1200' });
    expect(parseRefundAmount('12.', 2, left)).toEqual({ ok: true, minor: '1200' });
    expect(parseRefundAmount('500', 0, 1000n)).toEqual({ ok: true, minor: '500' });
    expect(parseRefundAmount('0.1', 2, 10n ** 18n)).toEqual({ ok: true, minor: '10' });
  });
  it('leaves an empty amount to the API as everything that is left', () => {
    expect(parseRefundAmount('  ', 2, left)).toEqual({ ok: true, minor: null });
  });
  it('refuses malformed, zero, too precise and more than what is left', () => {
    expect(parseRefundAmount('-5', 2, left)).toEqual({ ok: false, error: 'format' });
    expect(parseRefundAmount('1e3', 2, left)).toEqual({ ok: false, error: 'format' });
    expect(parseRefundAmount('1.234', 2, left)).toEqual({ ok: false, error: 'format' });
    expect(parseRefundAmount('1.5', 0, left)).toEqual({ ok: false, error: 'format' });
    expect(parseRefundAmount('1,2,3', 2, left)).toEqual({ ok: false, error: 'format' });
    expect(parseRefundAmount('0,00', 2, left)).toEqual({ ok: false, error: 'zero' });
    expect(parseRefundAmount('1234.51', 2, left)).toEqual({ ok: false, error: 'tooMuch' });
  });
});

describe('newRefundId', () => {
  it('is unique per call and names the portal as its source', () => {
    expect(newRefundId(() => 'abc')).toBe('portal-abc');
    expect(newRefundId()).not.toBe(newRefundId());
  });
});
