import { BadUserInputError, SaleRuleError } from '../../shared/errors';
import type { SaleLine } from '../promotions/reward';
import type { SaleReceiptInput } from './sales.inputs';
import { canonicalCounter, fiscalFromQrText } from './sale-qr';

/** A fiscal receipt's data: what its QR code says (t, s, fn, i, fp, n). */
export interface FiscalData {
  purchasedAt: Date;
  totalMinor: bigint;
  fn: string;
  i: string;
  fp: string;
  operationType: number;
}

export type Receipt = { kind: 'fiscal'; fiscal: FiscalData; purchasedAt: Date } | { kind: 'number'; number: string; purchasedAt: Date };

/** Operation type 1 is a sale ("приход"); 2 is its refund, 3 and 4 are expenses. */
export const SALE_OPERATION = 1;

/**
 * The receipt a claim names: the QR text (parsed by the one fiscal QR parser), the fiscal fields
 * typed by hand, or a receipt number with its date. Exactly one; a refund receipt is refused.
 */
export function resolveReceipt(input: SaleReceiptInput): Receipt {
  const qrText = input.qrText?.trim() || null;
  const number = input.number?.trim() || null;
  const given = [qrText, input.fiscal, number ?? input.date].filter((v) => v != null).length;
  if (given !== 1) {
    throw new BadUserInputError('Give the receipt once: its QR text, its fiscal fields, or its number and date', {
      receipt: 'Exactly one of qrText, fiscal, or number with date',
    });
  }
  if (qrText || input.fiscal) {
    const fiscal: FiscalData = qrText
      ? fiscalFromQrText(qrText)
      : {
          ...input.fiscal!,
          i: canonicalCounter(input.fiscal!.i),
          fp: canonicalCounter(input.fiscal!.fp),
          totalMinor: BigInt(input.fiscal!.totalMinor),
        };
    if (fiscal.operationType !== SALE_OPERATION) {
      throw new SaleRuleError(
        'NOT_A_SALE_RECEIPT',
        'This receipt is not a sale (a refund or an expense); only sale receipts can be claimed',
        {
          operationType: fiscal.operationType,
        },
      );
    }
    return { kind: 'fiscal', fiscal, purchasedAt: fiscal.purchasedAt };
  }
  if (!number || !input.date) {
    throw new BadUserInputError('A receipt without a QR needs its number and its date', {
      [number ? 'date' : 'number']: 'Enter the receipt’s number and date',
    });
  }
  const day = new Date(Date.UTC(input.date.getUTCFullYear(), input.date.getUTCMonth(), input.date.getUTCDate()));
  return { kind: 'number', number, purchasedAt: day };
}

/** With a fiscal total known, the claimed lines may not add up to more than the receipt. */
export function checkLinesWithinTotal(receipt: Receipt, lines: readonly SaleLine[]): void {
  if (receipt.kind !== 'fiscal') return;
  const claimed = lines.reduce((sum, l) => sum + l.unitPriceMinor * BigInt(l.quantity), 0n);
  if (claimed > receipt.fiscal.totalMinor) {
    throw new SaleRuleError('LINES_EXCEED_RECEIPT_TOTAL', 'The lines add up to more than the receipt’s total', {
      claimedMinor: claimed.toString(),
      receiptTotalMinor: receipt.fiscal.totalMinor.toString(),
    });
  }
}
