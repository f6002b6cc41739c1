import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './date';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const iso = '2025-03-04T05:06:00.000Z';

describe('formatDate', () => {
  it('formats a date per locale in the given time zone', () => {
    expect(formatDate(iso, 'en', 'UTC')).toBe('Mar 4, 2025');
    expect(plain(formatDate(iso, 'ru', 'UTC'))).toBe('4 мар. 2025 г.');
  });

  it('moves across midnight with the time zone', () => {
    expect(formatDate('2025-03-04T22:30:00Z', 'en', 'Europe/Moscow')).toBe('Mar 5, 2025');
  });

  it('rejects a string that is not a date', () => {
    expect(() => formatDate('yesterday', 'en')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('adds the time', () => {
    expect(plain(formatDateTime(iso, 'en', 'UTC'))).toBe('Mar 4, 2025, 5:06 AM');
    expect(plain(formatDateTime(iso, 'ru', 'UTC'))).toBe('4 мар. 2025 г., 05:06');
  });
});

describe('formatTime', () => {
  it('gives the time alone, in the locale clock', () => {
    expect(plain(formatTime(iso, 'en', 'UTC'))).toBe('5:06 AM');
    expect(plain(formatTime(iso, 'ru', 'UTC'))).toBe('05:06');
  });
});

describe('receipt times (the shop wall clock, kept as UTC)', () => {
  it('reads as printed whatever the viewer time zone', () => {
    expect(formatDateTime('2026-11-28T12:05:00Z', 'ru', 'UTC')).toContain('12:05');
    expect(formatDateTime('2026-11-28T12:05:00Z', 'ru', 'Asia/Vladivostok')).toContain('22:05');
  });
});
