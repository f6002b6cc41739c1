import { describe, expect, it } from 'vitest';
import { conversionsCsvHref, formatRateBp, periodRange } from './reportFormat';

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
