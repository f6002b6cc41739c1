import type { FiscalQr } from './fiscal-qr';

/** What the fiscal data operator says about a receipt. */
export type ReceiptVerdict = 'VERIFIED' | 'NOT_FOUND';

/**
 * Asks whether a cash receipt exists in the fiscal data (like company-lookup's provider). Answers a
 * verdict, or throws ReceiptCheckUnavailableError when it cannot tell right now (timeout, 5xx, an
 * answer it does not understand): the caller retries later.
 */
export interface ReceiptCheckProvider {
  readonly name: string;
  check(fiscal: FiscalQr): Promise<ReceiptVerdict>;
}
