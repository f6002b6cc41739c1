import { DomainError } from '../../shared/errors';

/**
 * The receipt-check provider could not answer (timeout, 5xx, an answer it does not understand).
 * Retryable: the job that verifies a sale tries again with backoff and stores UNAVAILABLE when it
 * gives up. Never shown as a refusal of the sale: verification only feeds risk flags.
 */
export class ReceiptCheckUnavailableError extends DomainError {
  readonly code = 'RECEIPT_CHECK_UNAVAILABLE';
  readonly retryable = true;
  constructor(reason: string) {
    super('The receipt check is unavailable right now');
    this.details.reason = reason;
  }
}
