import { z } from 'zod';
import type { FiscalOperationType, FiscalQr } from './fiscal-qr';
import type { ReceiptCheckProvider, ReceiptVerdict } from './receipt-check.provider';
import { ReceiptCheckUnavailableError } from './receipts.errors';

const OPERATION_CODE: Readonly<Record<FiscalOperationType, string>> = {
  SALE: '1',
  SALE_REFUND: '2',
  EXPENSE: '3',
  EXPENSE_REFUND: '4',
};

/** The answer's envelope; `data` (the receipt's lines) is not used. */
const answer = z.object({ code: z.number().int() });

/** code 1: the operator has the receipt; 0: the receipt is not in the fiscal data (wrong or never sent). */
const FOUND = 1;
const NOT_FOUND = 0;

/**
 * A fiscal data operator's receipt-check API, in the form of proverkacheka.com's `check/get`:
 * POST to RECEIPT_CHECK_URL, `application/x-www-form-urlencoded` with token, fn, fd (document number),
 * fp, t (yyyymmddThhmmss as printed), n (operation type 1..4), s (roubles, 2 decimals) and qr=0;
 * the answer is JSON `{ code, data? }`. code 1 is VERIFIED, code 0 NOT_FOUND; every other code
 * ("not yet received", "too many requests", "wait"), a non-2xx status, a timeout or an answer of
 * another shape is "unavailable" (ReceiptCheckUnavailableError, retried later).
 */
export class HttpReceiptCheck implements ReceiptCheckProvider {
  readonly name = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async check(fiscal: FiscalQr): Promise<ReceiptVerdict> {
    const form = new URLSearchParams({
      token: this.token,
      fn: fiscal.fiscalDriveNumber,
      fd: fiscal.fiscalDocumentNumber,
      fp: fiscal.fiscalSign,
      t: fiscal.purchasedAt.replace(/[-:]/g, ''),
      n: OPERATION_CODE[fiscal.operationType],
      s: formatRoubles(fiscal.totalMinor),
      qr: '0',
    });
    let res: Response;
    let body: unknown;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = res.ok ? await res.json().catch(() => undefined) : undefined;
    } catch (error) {
      throw new ReceiptCheckUnavailableError(`request failed: ${(error as Error).message}`);
    }
    if (!res.ok) throw new ReceiptCheckUnavailableError(`HTTP ${res.status}`);
    const parsed = answer.safeParse(body);
    if (!parsed.success) throw new ReceiptCheckUnavailableError('unexpected response shape');
    if (parsed.data.code === FOUND) return 'VERIFIED';
    if (parsed.data.code === NOT_FOUND) return 'NOT_FOUND';
    throw new ReceiptCheckUnavailableError(`provider answered code ${parsed.data.code}`);
  }
}

/** 123450n -> "1234.50", by integer arithmetic only. */
export function formatRoubles(minor: bigint): string {
  return `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
}
