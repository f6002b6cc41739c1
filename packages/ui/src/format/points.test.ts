import { describe, expect, it } from 'vitest';
import { formatPoints } from './points';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPoints', () => {
  it('groups digits per locale', () => {
    expect(formatPoints('1234567', 'en')).toBe('1,234,567');
    expect(plain(formatPoints(1234567n, 'ru'))).toBe('1 234 567');
    expect(formatPoints(0, 'en')).toBe('0');
  });

  it('stays exact beyond Number.MAX_SAFE_INTEGER', () => {
    expect(formatPoints('9007199254740993', 'en')).toBe('9,007,199,254,740,993');
  });
});
