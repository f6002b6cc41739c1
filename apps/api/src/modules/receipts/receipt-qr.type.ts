import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/money';
import { FiscalOperationType, type FiscalQr } from './fiscal-qr';

/** Fiscal receipts are in roubles. */
export const FISCAL_CURRENCY = 'RUB';

registerEnumType(FiscalOperationType, {
  name: 'FiscalOperationType',
  description: 'The operation a cash receipt records (its QR parameter n)',
  valuesConfig: {
    SALE: { description: 'n=1: a sale to the customer (the only kind a sale can be claimed with)' },
    SALE_REFUND: { description: 'n=2: a refund of a sale' },
    EXPENSE: { description: 'n=3: a payment by the shop' },
    EXPENSE_REFUND: { description: 'n=4: a refund of a payment by the shop' },
  },
});

@ObjectType('ReceiptQr', { description: "A Russian cash receipt's QR code, read: what prefills the sale form" })
export class ReceiptQr {
  @Field(() => String, { description: 'The QR text as read (trimmed), e.g. t=20261201T1530&s=1234.50&fn=...&i=...&fp=...&n=1' })
  text!: string;

  @Field(() => String, {
    description:
      'Purchase time as printed, yyyy-mm-ddThh:mm:ss with no offset: the shop’s local wall-clock time (the QR carries no time zone, so it is never converted)',
  })
  purchasedAt!: string;

  @Field(() => String, { description: 'The calendar day of the purchase where it happened, yyyy-mm-dd' })
  purchaseDate!: string;

  @Field(() => Money, { description: 'The receipt total (s), in kopecks, currency RUB' })
  total!: Money;

  @Field(() => String, { description: 'fn: the fiscal drive’s serial number, 16 digits' })
  fiscalDriveNumber!: string;

  @Field(() => String, { description: 'i: the fiscal document number, decimal without leading zeros' })
  fiscalDocumentNumber!: string;

  @Field(() => String, { description: 'fp: the fiscal sign, decimal without leading zeros (receipts print it padded to 10 digits)' })
  fiscalSign!: string;

  @Field(() => FiscalOperationType, { description: 'n: sale, sale refund, expense or expense refund' })
  operationType!: FiscalOperationType;

  /** The same shape for GraphQL and for the photo upload's JSON answer. */
  static of(text: string, fiscal: FiscalQr): ReceiptQr {
    return {
      text: text.trim(),
      purchasedAt: fiscal.purchasedAt,
      purchaseDate: fiscal.purchaseDate,
      total: Money.of(fiscal.totalMinor, FISCAL_CURRENCY),
      fiscalDriveNumber: fiscal.fiscalDriveNumber,
      fiscalDocumentNumber: fiscal.fiscalDocumentNumber,
      fiscalSign: fiscal.fiscalSign,
      operationType: fiscal.operationType,
    };
  }
}
