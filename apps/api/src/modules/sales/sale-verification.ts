import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { FiscalOperationType, type FiscalQr } from '../receipts/fiscal-qr';
import type { ReceiptCheckProvider } from '../receipts/receipt-check.provider';
import { verifyReceipt } from '../receipts/verify-receipt';
import { addRiskFlags, receiptNotFoundFlag } from './sale-risk';
import { ReceiptVerification } from './sale.enums';

type Verdict = 'VERIFIED' | 'NOT_FOUND' | 'UNAVAILABLE';
const OPERATION_BY_CODE = [
  undefined,
  FiscalOperationType.SALE,
  FiscalOperationType.SALE_REFUND,
  FiscalOperationType.EXPENSE,
  FiscalOperationType.EXPENSE_REFUND,
];

/** Thrown to have the queue retry the job later (with backoff) while the provider is unavailable. */
export class ReceiptCheckRetry extends Error {}

interface PendingCheck {
  fiscal_fn: string;
  fiscal_i: string;
  fiscal_fp: string;
  fiscal_total_minor: string;
  fiscal_operation_type: number;
  receipt_date: string | Date;
  verification_attempts: number;
}

/**
 * The receipt-check job's work for one sale. Idempotent: a sale whose verdict is in is left alone.
 * Each run counts an attempt on the sale; while the provider is unavailable the job fails so the
 * queue retries it with backoff, and the last allowed attempt stores UNAVAILABLE. NOT_FOUND adds
 * the RECEIPT_NOT_FOUND risk flag in the same transaction as the verdict.
 */
export async function verifySaleReceipt(
  orm: MikroORM,
  log: Logger,
  saleId: string,
  maxAttempts: number,
  provider: ReceiptCheckProvider,
): Promise<void> {
  const em = orm.em.fork();
  const [sale] = await em.execute<PendingCheck[]>(
    `update sale set verification_attempts = verification_attempts + 1, updated_at = now()
      where id = ? and verification = 'PENDING' and fiscal_fn is not null
      returning fiscal_fn, fiscal_i, fiscal_fp, fiscal_total_minor::text, fiscal_operation_type, receipt_date, verification_attempts`,
    [saleId],
  );
  if (!sale) return;
  // The purchase time as the QR printed it: stored as that wall-clock time read as UTC (sale-qr.ts).
  const purchasedAt = new Date(sale.receipt_date).toISOString().slice(0, 19);
  const fiscal: FiscalQr = {
    purchasedAt,
    purchaseDate: purchasedAt.slice(0, 10),
    totalMinor: BigInt(sale.fiscal_total_minor),
    fiscalDriveNumber: sale.fiscal_fn,
    fiscalDocumentNumber: sale.fiscal_i,
    fiscalSign: sale.fiscal_fp,
    operationType: OPERATION_BY_CODE[sale.fiscal_operation_type] ?? FiscalOperationType.SALE,
  };
  let verdict: Verdict;
  try {
    verdict = await verifyReceipt(provider, fiscal);
  } catch (error) {
    // verifyReceipt throws only "cannot tell now" (ReceiptCheckUnavailableError): retry with backoff.
    log.warn({ err: error, saleId }, 'receipt check unavailable');
    verdict = 'UNAVAILABLE';
  }
  if (verdict === 'UNAVAILABLE' && sale.verification_attempts < maxAttempts) {
    throw new ReceiptCheckRetry(`receipt check unavailable (attempt ${sale.verification_attempts} of ${maxAttempts})`);
  }
  await em.transactional(async (tx) => {
    const [stored] = await tx.execute(
      `update sale set verification = ?::receipt_verification, verified_at = now(), updated_at = now()
        where id = ? and verification = 'PENDING' returning id`,
      [ReceiptVerification[verdict], saleId],
    );
    if (stored && verdict === 'NOT_FOUND') await addRiskFlags(tx, saleId, [receiptNotFoundFlag()]);
  });
}
