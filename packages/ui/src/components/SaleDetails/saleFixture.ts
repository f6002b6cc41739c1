import type { SaleDetailsSale } from './types';

const rub = (amountMinor: string) => ({ amountMinor, currency: 'RUB' });

/** A flagged, pending receipt claim with fiscal data, two lines (one not eligible) and two photos: tests only. */
export function saleFixture(overrides: Partial<SaleDetailsSale> = {}): SaleDetailsSale {
  return {
    __typename: 'Sale',
    id: 'sale-1',
    source: 'RECEIPT_CLAIM',
    submittedAt: '2026-11-20T09:30:00.000Z',
    receiptDate: '2026-11-19T16:05:00.000Z',
    receiptNumber: '4821',
    amount: rub('659000'),
    reward: rub('30000'),
    status: 'PENDING',
    verification: 'NOT_FOUND',
    riskFlags: [
      { kind: 'DUPLICATE_PHOTO', reason: 'The same photo is attached to sale 7f3c', otherSaleId: 'sale-0' },
      { kind: 'RECEIPT_NOT_FOUND', reason: 'The receipt-check provider does not know this receipt', otherSaleId: null },
    ],
    verifiedAt: '2026-11-20T09:31:00.000Z',
    decidedAt: null,
    decisionCode: null,
    decisionText: null,
    lines: [
      { productId: 'p1', productName: 'Kettle Aqua 1.7 l', sku: 'KT-17', quantity: 3, unitPrice: rub('199000') },
      { productId: 'p2', productName: 'Descaler', sku: 'DS-1', quantity: 1, unitPrice: rub('62000') },
    ],
    explanation: {
      amount: rub('30000'),
      uncapped: rub('30000'),
      eligibleSaleAmount: rub('597000'),
      cappedBy: null,
      kind: 'PER_UNIT',
      optionValue: '10000',
      overrideValue: null,
      payoutOptionId: 'po1',
      payoutOptionName: 'Per kettle',
      steps: ['option PER_UNIT value 10000', 'line p1: 3 x 10000 = 30000', 'line p2: not eligible', 'total 30000'],
      lines: [
        {
          productId: 'p1',
          productName: 'Kettle Aqua 1.7 l',
          quantity: 3,
          outcome: 'COUNTED',
          value: '10000',
          amount: rub('30000'),
          unitPrice: rub('199000'),
        },
        {
          productId: 'p2',
          productName: 'Descaler',
          quantity: 1,
          outcome: 'NOT_ELIGIBLE',
          value: null,
          amount: rub('0'),
          unitPrice: rub('62000'),
        },
      ],
    },
    fiscal: {
      fn: '9960440300123456',
      i: '4821',
      fp: '3012345678',
      operationType: 1,
      purchasedAt: '2026-11-19T16:05:00.000Z',
      total: rub('659000'),
    },
    photos: [
      {
        id: 'ph1',
        contentType: 'image/jpeg',
        width: 3000,
        height: 4000,
        url: '/api/photos/ph1',
        thumbnailUrl: '/api/photos/ph1/thumbnail',
      },
      { id: 'ph2', contentType: 'image/png', width: 1200, height: 900, url: '/api/photos/ph2', thumbnailUrl: '/api/photos/ph2/thumbnail' },
    ],
    ...overrides,
  } as SaleDetailsSale;
}
