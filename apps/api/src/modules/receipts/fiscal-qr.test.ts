import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../shared/errors';
import { FiscalOperationType, parseFiscalQr } from './fiscal-qr';

const REAL = 't=20261201T1530&s=1234.50&fn=9999078900012345&i=12345&fp=3522207165&n=1';

function problemsOf(text: string): Record<string, string> {
  try {
    parseFiscalQr(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).code).toBe('BAD_USER_INPUT');
    return (error as BadUserInputError).details.fields as Record<string, string>;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseFiscalQr', () => {
  it('reads a receipt QR: local time as printed, total in kopecks, identity as canonical text', () => {
    expect(parseFiscalQr(REAL)).toEqual({
      purchasedAt: '2026-12-01T15:30:00',
      purchaseDate: '2026-12-01',
      totalMinor: 123450n,
      fiscalDriveNumber: '9999078900012345',
      fiscalDocumentNumber: '12345',
      fiscalSign: '3522207165',
      operationType: FiscalOperationType.SALE,
    });
  });

  it('reads seconds, any parameter order, unknown extra parameters and surrounding space', () => {
    const qr = parseFiscalQr('  n=2&fp=0000001234&i=007&fn=8710000100518392&s=99&t=20240229T235959&extra=x \n');
    expect(qr).toMatchObject({
      purchasedAt: '2024-02-29T23:59:59',
      totalMinor: 9900n,
      fiscalDocumentNumber: '7',
      fiscalSign: '1234',
      operationType: FiscalOperationType.SALE_REFUND,
    });
  });

  it('reads totals as text, never through a float', () => {
    expect(parseFiscalQr(REAL.replace('s=1234.50', 's=0.1')).totalMinor).toBe(10n);
    expect(parseFiscalQr(REAL.replace('s=1234.50', 's=1299.9')).totalMinor).toBe(129990n);
    expect(parseFiscalQr(REAL.replace('s=1234.50', 's=9999999999999.99')).totalMinor).toBe(999999999999999n);
  });

  it('maps every operation type', () => {
    const types = ['1', '2', '3', '4'].map((n) => parseFiscalQr(REAL.replace('n=1', `n=${n}`)).operationType);
    expect(types).toEqual(['SALE', 'SALE_REFUND', 'EXPENSE', 'EXPENSE_REFUND']);
  });

  it.each([
    ['', 'text'],
    ['hello world', 'text'],
    ['https://example.com/some-page', 't'],
    ['x'.repeat(300), 'text'],
    [REAL.replace('t=20261201T1530', 't=20261301T1530'), 't'],
    [REAL.replace('t=20261201T1530', 't=20250229T1200'), 't'],
    [REAL.replace('t=20261201T1530', 't=20261201T2460'), 't'],
    [REAL.replace('t=20261201T1530', 't=2026-12-01T15:30'), 't'],
    [REAL.replace('t=20261201T1530', 't=20261201 1530'), 'text'],
    [REAL.replace('s=1234.50', 's=1234.505'), 's'],
    [REAL.replace('s=1234.50', 's=1234,50'), 's'],
    [REAL.replace('s=1234.50', 's=-5'), 's'],
    [REAL.replace('s=1234.50', 's=1e3'), 's'],
    [REAL.replace('s=1234.50', 's=0.00'), 's'],
    [REAL.replace('fn=9999078900012345', 'fn=999907890001234'), 'fn'],
    [REAL.replace('fn=9999078900012345', 'fn=99990789000123456'), 'fn'],
    [REAL.replace('i=12345', 'i=0'), 'i'],
    [REAL.replace('i=12345', 'i=4294967296'), 'i'],
    [REAL.replace('fp=3522207165', 'fp=12345678901'), 'fp'],
    [REAL.replace('fp=3522207165', 'fp=abc'), 'fp'],
    [REAL.replace('n=1', 'n=5'), 'n'],
    [REAL.replace('&n=1', ''), 'n'],
    [`${REAL}&i=1`, 'i'],
    [REAL.replace('s=1234.50', 's=1234.50\u0000'), 'text'],
  ])('refuses %j (problem with %s)', (text, field) => {
    expect(Object.keys(problemsOf(text))).toContain(field);
  });

  it('names every wrong parameter at once', () => {
    expect(Object.keys(problemsOf('t=1&s=x&fn=1&i=x&fp=x&n=9')).sort()).toEqual(['fn', 'fp', 'i', 'n', 's', 't']);
  });
});
