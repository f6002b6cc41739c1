import type { AppConfig } from '../../config';
import { DomainError } from '../../shared/errors';
import type { FiscalQr } from './fiscal-qr';
import { HttpReceiptCheck } from './http-receipt-check';
import { OfflineReceiptCheck } from './offline-receipt-check';
import type { ReceiptCheckProvider, ReceiptVerdict } from './receipt-check.provider';
import { ReceiptCheckUnavailableError } from './receipts.errors';

/** The provider RECEIPT_CHECK_PROVIDER names: offline (structure only) by default, or the operator's HTTP API. */
export function createReceiptCheckProvider(config: AppConfig): ReceiptCheckProvider {
  const { provider, url, token, timeoutMs } = config.receiptCheck;
  // config validation guarantees url and token when the provider is http
  return provider === 'http' ? new HttpReceiptCheck(url!, token!, timeoutMs) : new OfflineReceiptCheck();
}

/**
 * Asks the provider about a receipt: VERIFIED or NOT_FOUND. Throws ReceiptCheckUnavailableError
 * (`retryable: true`) when it cannot tell now; whatever else a provider throws (a bug in an adapter)
 * counts as unavailable too, so a verification job retries instead of failing for good.
 */
export async function verifyReceipt(provider: ReceiptCheckProvider, fiscal: FiscalQr): Promise<ReceiptVerdict> {
  try {
    return await provider.check(fiscal);
  } catch (error) {
    if (error instanceof ReceiptCheckUnavailableError) throw error;
    throw new ReceiptCheckUnavailableError(error instanceof DomainError ? error.message : `provider failed: ${(error as Error)?.message}`);
  }
}
