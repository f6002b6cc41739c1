import { FiscalOperationType, parseFiscalQr } from '../receipts/fiscal-qr';
import type { FiscalData } from './sale-receipt';

const OPERATION_CODE: Readonly<Record<FiscalOperationType, number>> = {
  [FiscalOperationType.SALE]: 1,
  [FiscalOperationType.SALE_REFUND]: 2,
  [FiscalOperationType.EXPENSE]: 3,
  [FiscalOperationType.EXPENSE_REFUND]: 4,
};

/**
 * A fiscal QR's text as FiscalData, through the one parser (modules/receipts/fiscal-qr.ts), which
 * refuses a text that is not a receipt's QR with BAD_USER_INPUT per parameter. The QR's time is the
 * shop's wall clock with no zone: it is kept as that time read as UTC (see checkReceiptDate).
 */
export function fiscalFromQrText(text: string): FiscalData {
  const qr = parseFiscalQr(text);
  return {
    purchasedAt: new Date(`${qr.purchasedAt}Z`),
    totalMinor: qr.totalMinor,
    fn: qr.fiscalDriveNumber,
    i: qr.fiscalDocumentNumber,
    fp: qr.fiscalSign,
    operationType: OPERATION_CODE[qr.operationType],
  };
}

/** i and fp as the parser keeps them (decimal without leading zeros), so a typed receipt matches a scanned one. */
export function canonicalCounter(value: string): string {
  return BigInt(value).toString();
}
