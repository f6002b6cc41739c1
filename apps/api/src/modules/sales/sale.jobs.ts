import type { AppConfig } from '../../config';
import { defineJob } from '../../jobs/define-job';
import type { ReceiptCheckProvider } from '../receipts/receipt-check.provider';
import { createReceiptCheckProvider } from '../receipts/verify-receipt';
import { verifySaleReceipt } from './sale-verification';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    /** maxAttempts: RECEIPT_CHECK_MAX_ATTEMPTS when the sale was submitted. */
    'sale.verify-receipt': { saleId: string; maxAttempts: number };
  }
}

let provider: ReceiptCheckProvider | undefined;

/** The configured receipt-check provider, made once per process from the config validated at boot. */
function receiptCheckProvider(config: AppConfig): ReceiptCheckProvider {
  provider ??= createReceiptCheckProvider(config);
  return provider;
}

/** Checks a fiscal receipt with the receipt-check provider after submission (sale-verification.ts). */
export const saleVerifyReceiptJob = defineJob({
  name: 'sale.verify-receipt',
  async work({ orm, log, config }, { saleId, maxAttempts }) {
    await verifySaleReceipt(orm, log, saleId, maxAttempts, receiptCheckProvider(config));
  },
});
