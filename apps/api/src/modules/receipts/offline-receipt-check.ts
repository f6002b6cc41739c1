import { FiscalOperationType, type FiscalQr } from './fiscal-qr';
import type { ReceiptCheckProvider, ReceiptVerdict } from './receipt-check.provider';

/** A purchase printed more than this ahead of the server's UTC clock cannot be real (time zones reach +14 h). */
const FUTURE_TOLERANCE_MS = 15 * 60 * 60 * 1000;

/**
 * The default provider: no network, structure only. It cannot know whether the receipt exists, so it
 * answers VERIFIED for every well-formed sale receipt (parsed fields, a sale operation, a purchase
 * time not in the future) and NOT_FOUND for one that cannot be real. Development and tests only:
 * production sets RECEIPT_CHECK_PROVIDER=http, or a moderator must not read VERIFIED as proof.
 */
export class OfflineReceiptCheck implements ReceiptCheckProvider {
  readonly name = 'offline';
  constructor(private readonly now: () => Date = () => new Date()) {}

  async check(fiscal: FiscalQr): Promise<ReceiptVerdict> {
    // purchasedAt is local wall-clock time without a zone; reading it as UTC is at most 14 h off.
    const printedAt = Date.parse(`${fiscal.purchasedAt}Z`);
    const wellFormed =
      fiscal.operationType === FiscalOperationType.SALE &&
      fiscal.totalMinor > 0n &&
      /^\d{16}$/.test(fiscal.fiscalDriveNumber) &&
      Number.isFinite(printedAt) &&
      printedAt <= this.now().getTime() + FUTURE_TOLERANCE_MS;
    return wellFormed ? 'VERIFIED' : 'NOT_FOUND';
  }
}
