import { describe, expect, it } from 'vitest';
import { basisPointsToInputText, parsePercentToBasisPoints } from './percentInput';

describe('parsePercentToBasisPoints', () => {
  it('reads percentages in either language exactly', () => {
    expect(parsePercentToBasisPoints('7.5', 'en')).toBe('750');
    expect(parsePercentToBasisPoints('7,5', 'ru')).toBe('750');
    expect(parsePercentToBasisPoints('7.5 %', 'en')).toBe('750');
    expect(parsePercentToBasisPoints('5', 'ru')).toBe('500');
    expect(parsePercentToBasisPoints('0.01', 'en')).toBe('1');
    expect(parsePercentToBasisPoints('100', 'en')).toBe('10000');
  });

  it('leaves the 100% limit to the caller but refuses what is not a plain number', () => {
    expect(parsePercentToBasisPoints('150', 'en')).toBe('15000');
    expect(parsePercentToBasisPoints('7.555', 'en')).toBeNull();
    expect(parsePercentToBasisPoints('-5', 'en')).toBeNull();
    expect(parsePercentToBasisPoints('', 'en')).toBeNull();
    expect(parsePercentToBasisPoints('five', 'en')).toBeNull();
  });
});

describe('basisPointsToInputText', () => {
  it('shows basis points as the percentage a person would type', () => {
    expect(basisPointsToInputText('750', 'en')).toBe('7.5');
    expect(basisPointsToInputText('750', 'ru')).toBe('7,5');
    expect(basisPointsToInputText('500', 'en')).toBe('5');
    expect(basisPointsToInputText('1', 'en')).toBe('0.01');
    expect(basisPointsToInputText('10000', 'en')).toBe('100');
    expect(basisPointsToInputText('0', 'ru')).toBe('0');
  });

  it('round-trips', () => {
    for (const bp of ['0', '1', '10', '99', '125', '3333', '10000']) {
      for (const locale of ['en', 'ru']) expect(parsePercentToBasisPoints(basisPointsToInputText(bp, locale), locale)).toBe(bp);
    }
  });
});
