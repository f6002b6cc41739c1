import { describe, expect, it } from 'vitest';
import { formatBasisPoints } from './basisPoints';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBasisPoints', () => {
  it('turns basis points into a percent per locale', () => {
    expect(formatBasisPoints('500', 'en')).toBe('5%');
    expect(formatBasisPoints('550', 'en')).toBe('5.5%');
    expect(plain(formatBasisPoints('550', 'ru'))).toBe('5,5 %');
    expect(formatBasisPoints('1', 'en')).toBe('0.01%');
    expect(formatBasisPoints('10000', 'en')).toBe('100%');
    expect(formatBasisPoints(0n, 'en')).toBe('0%');
  });

  it('refuses what is not a whole number of basis points', () => {
    expect(() => formatBasisPoints('5.5', 'en')).toThrow(RangeError);
  });
});
