import { describe, expect, it } from 'vitest';
import type { ReceiptQrFieldsFragment } from '@motiva/schema';
import {
  emptyReceipt,
  fieldErrorKey,
  formFieldPath,
  linesTotalMinor,
  matchesQr,
  newLine,
  previewLines,
  receiptFromQr,
  validateSale,
  type SaleDraft,
} from './saleForm';

const qr: ReceiptQrFieldsFragment = {
  text: 't=20261201T1530&s=1234.50&fn=9287440300090728&i=12345&fp=2812345678&n=1',
  purchasedAt: '2026-12-01T15:30:00',
  purchaseDate: '2026-12-01',
  operationType: 'SALE',
  fiscalDriveNumber: '9287440300090728',
  fiscalDocumentNumber: '12345',
  fiscalSign: '2812345678',
  total: { amountMinor: '123450', currency: 'RUB' },
};
const today = '2026-12-03';
const draft = (over: Partial<SaleDraft> = {}): SaleDraft => ({
  promotionId: 'p1',
  receipt: receiptFromQr(qr, 'ru'),
  lines: [{ ...newLine('prod-1', '1 000,00'), quantity: '1' }],
  photoIds: ['ph1'],
  ...over,
});

describe('the sale form', () => {
  it('fills the receipt from a QR code and sends the QR text while the fields still say the same', () => {
    const receipt = receiptFromQr(qr, 'ru');
    expect(receipt).toMatchObject({ mode: 'fiscal', date: '2026-12-01', time: '15:30', total: '1 234,50', fn: qr.fiscalDriveNumber });
    expect(matchesQr(receipt, 'ru')).toBe(true);
    const { errors, input } = validateSale(draft(), 'ru', today);
    expect(errors).toEqual({});
    expect(input).toEqual({
      promotionId: 'p1',
      receipt: { qrText: qr.text },
      lines: [{ productId: 'prod-1', quantity: 1, unitPriceMinor: '100000' }],
      photoIds: ['ph1'],
    });
  });

  it('sends the fiscal fields as typed once one is edited (the time as the shop printed it)', () => {
    const receipt = { ...receiptFromQr(qr, 'en'), time: '15:31' };
    const { input } = validateSale(draft({ receipt, lines: [{ ...newLine('prod-1', '1,000.00') }] }), 'en', today);
    expect(input?.receipt).toEqual({
      fiscal: {
        purchasedAt: '2026-12-01T15:31:00.000Z',
        totalMinor: '123450',
        fn: qr.fiscalDriveNumber,
        i: '12345',
        fp: '2812345678',
        operationType: 1,
      },
    });
  });

  it('takes a receipt number with its date, and no photos', () => {
    const receipt = { ...emptyReceipt(), mode: 'number' as const, number: ' 0042 ', date: '2026-11-30' };
    const { input } = validateSale(draft({ receipt, photoIds: [] }), 'ru', today);
    expect(input?.receipt).toEqual({ number: '0042', date: '2026-11-30T12:00:00.000Z' });
    expect(input?.photoIds).toBeNull();
  });

  it('says what is missing or wrong, field by field, and keeps every line', () => {
    const receipt = { ...emptyReceipt(), fn: '123', date: '2026-12-04' };
    const lines = [newLine(), { ...newLine('prod-1', 'abc'), quantity: '0' }];
    const { errors, input } = validateSale(draft({ receipt, lines }), 'ru', today);
    expect(input).toBeNull();
    expect(errors).toMatchObject({
      'receipt.date': 'participant.sales.form.errors.dateFuture',
      'receipt.time': 'participant.sales.form.errors.time',
      'receipt.total': 'participant.sales.form.errors.total',
      'receipt.fn': 'participant.sales.form.errors.fn',
      'receipt.i': 'participant.sales.form.errors.i',
      'lines.0.productId': 'participant.sales.form.errors.product',
      'lines.0.price': 'participant.sales.form.errors.price',
      'lines.1.quantity': 'participant.sales.form.errors.quantity',
      'lines.1.price': 'participant.sales.form.errors.price',
    });
  });

  it('refuses lines that add up to more than the receipt total', () => {
    const lines = [{ ...newLine('prod-1', '600,00'), quantity: '2' }, newLine('prod-2', '100')];
    expect(linesTotalMinor(lines, 'ru')).toBe(130000n);
    expect(validateSale(draft({ lines }), 'ru', today).errors).toEqual({ lines: 'participant.sales.form.errors.overTotal' });
  });

  it('previews only complete lines', () => {
    expect(previewLines([newLine('prod-1', '10')], 'ru')).toEqual([{ productId: 'prod-1', quantity: 1, unitPriceMinor: '1000' }]);
    expect(previewLines([newLine('prod-1', '10'), newLine()], 'ru')).toBeNull();
    expect(previewLines([], 'ru')).toBeNull();
  });

  it('puts the API’s field errors beside the form’s fields, in the form’s words', () => {
    expect(formFieldPath('input.receipt.fiscal.fn')).toBe('receipt.fn');
    expect(formFieldPath('receipt.fiscal.totalMinor')).toBe('receipt.total');
    expect(formFieldPath('lines.2.unitPriceMinor')).toBe('lines.2.price');
    expect(fieldErrorKey('lines.2.price')).toBe('participant.sales.form.errors.price');
    expect(fieldErrorKey('receipt.fp')).toBe('participant.sales.form.errors.fp');
    expect(fieldErrorKey('photoIds')).toBeNull();
  });
});
