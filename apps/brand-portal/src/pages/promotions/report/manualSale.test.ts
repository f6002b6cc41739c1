import { describe, expect, it } from 'vitest';
import { parseMoneyToMinor } from '@motiva/ui';
import { isoToLocalInput } from '../shared/dateTime';
import { MAX_LINES, lineTotalMinor, manualSaleTotal, newManualLine, toManualSaleInput, type ManualSaleDraft } from './manualSale';

const ru = (text: string) => parseMoneyToMinor(text, 'ru', 2);
const en = (text: string) => parseMoneyToMinor(text, 'en', 2);
const line = (quantity: number | string, unitPrice: string, productId: string | null = 'p1') => ({
  ...newManualLine(productId),
  quantity,
  unitPrice,
});
const now = new Date('2026-12-03T12:00:00Z');
const draft = (patch: Partial<ManualSaleDraft> = {}): ManualSaleDraft => ({
  memberId: 'm1',
  orderId: ' AUR-1 ',
  orderedAt: isoToLocalInput('2026-12-03T11:30:00Z'),
  lines: [line(2, '1499')],
  ...patch,
});

describe('lineTotalMinor', () => {
  it('multiplies whole units by the typed price in minor units, without floats', () => {
    expect(lineTotalMinor(line(3, '0,10'), ru)).toBe(30n);
    expect(lineTotalMinor(line(2, '1 499,50'), ru)).toBe(299_900n);
    expect(lineTotalMinor(line('10000', '99999999999.99'), en)).toBe(99_999_999_999_990_000n);
  });

  it('is null while the quantity or price is not valid yet', () => {
    expect(lineTotalMinor(line('', '10'), en)).toBeNull();
    expect(lineTotalMinor(line(0, '10'), en)).toBeNull();
    expect(lineTotalMinor(line(10_001, '10'), en)).toBeNull();
    expect(lineTotalMinor(line('1.5', '10'), en)).toBeNull();
    expect(lineTotalMinor(line(1, ''), en)).toBeNull();
    expect(lineTotalMinor(line(1, '1.999'), en)).toBeNull();
    expect(lineTotalMinor(line(1, '-5'), en)).toBeNull();
    expect(lineTotalMinor(line(1, 'abc'), en)).toBeNull();
  });
});

describe('manualSaleTotal', () => {
  it('sums the complete lines and says whether every line counted', () => {
    expect(manualSaleTotal([line(2, '10.00'), line(1, '0.05')], en)).toEqual({ minor: 2005n, complete: true });
    expect(manualSaleTotal([line(2, '10.00'), line(1, '')], en)).toEqual({ minor: 2000n, complete: false });
    expect(manualSaleTotal([line(2, '10.00', null)], en)).toEqual({ minor: 2000n, complete: false });
    expect(manualSaleTotal([], en)).toEqual({ minor: 0n, complete: false });
  });
});

describe('toManualSaleInput', () => {
  it('builds the API input: trimmed order id, ISO time, minor-unit prices as strings', () => {
    const built = toManualSaleInput(draft({ lines: [line(2, '1 499,50'), line('1', '0', 'p2')] }), ru, now);
    expect(built.errors).toBeNull();
    expect(built.input).toEqual({
      memberId: 'm1',
      orderId: 'AUR-1',
      orderedAt: '2026-12-03T11:30:00.000Z',
      lines: [
        { productId: 'p1', quantity: 2, unitPriceMinor: '149950' },
        { productId: 'p2', quantity: 1, unitPriceMinor: '0' },
      ],
    });
  });

  it('refuses missing member, order id, date, product and price, keyed like the API’s field errors', () => {
    const built = toManualSaleInput(
      { memberId: null, orderId: '  ', orderedAt: '2026-12-0', lines: [line('', '', null), line(1, '1,2,3')] },
      ru,
      now,
    );
    expect(built.input).toBeNull();
    expect(built.errors).toEqual({
      memberId: 'required',
      orderId: 'required',
      orderedAt: 'required',
      'lines.0.productId': 'required',
      'lines.0.quantity': 'quantity',
      'lines.0.unitPriceMinor': 'required',
      'lines.1.unitPriceMinor': 'price',
    });
  });

  it('refuses an order in the future, a long or control-character order id, no lines and more than 50', () => {
    expect(toManualSaleInput(draft({ orderedAt: isoToLocalInput('2026-12-03T12:05:00Z') }), en, now).errors).toEqual({
      orderedAt: 'dateFuture',
    });
    expect(toManualSaleInput(draft({ orderId: 'x'.repeat(101) }), en, now).errors).toEqual({ orderId: 'orderIdLong' });
    expect(toManualSaleInput(draft({ orderId: 'A\u0007B' }), en, now).errors).toEqual({ orderId: 'orderIdChars' });
    expect(toManualSaleInput(draft({ lines: [] }), en, now).errors).toEqual({ lines: 'noLines' });
    const many = Array.from({ length: MAX_LINES + 1 }, () => line(1, '1'));
    expect(toManualSaleInput(draft({ lines: many }), en, now).errors).toEqual({ lines: 'tooManyLines' });
    expect(toManualSaleInput(draft({ lines: many.slice(0, MAX_LINES) }), en, now).input?.lines).toHaveLength(MAX_LINES);
  });

  it('accepts an order placed exactly now', () => {
    expect(toManualSaleInput(draft({ orderedAt: isoToLocalInput(now.toISOString()) }), en, now).errors).toBeNull();
  });
});
