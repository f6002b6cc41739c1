import { describe, expect, it } from 'vitest';
import { previewCode } from './codePreview';

describe('previewCode', () => {
  it('shows an example for a valid pattern', () => {
    expect(previewCode('SUMMER-{NAME}{DIGITS:4}')).toEqual({ example: 'SUMMER-IVAN4821' });
    expect(previewCode(' {LETTERS:3}{DIGITS:2} ')).toEqual({ example: 'KXR48' });
  });
  it.each([
    ['', 'empty'],
    ['A B{DIGITS:4}', 'character'],
    ['{FOO}', 'placeholder'],
    ['{DIGITS:9}', 'count'],
    ['{NAME}2024', 'noRandom'],
    ['{NAME}{DIGITS:2}', 'tooShort'],
    ['X'.repeat(20) + '{NAME}{DIGITS:5}', 'tooLong'],
  ])('names the problem of %j', (pattern, problem) => {
    expect(previewCode(pattern)).toEqual({ problem });
  });
});
