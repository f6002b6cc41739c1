import { DomainError } from '../../shared/errors';

export type ConversionErrorCode =
  /** No header key, an unknown key or a revoked one (401). */
  | 'UNKNOWN_KEY'
  /** The signature does not match the body and timestamp under the key's secret (401). */
  | 'BAD_SIGNATURE'
  /** The timestamp is more than 5 minutes off the server's clock (401). */
  | 'STALE_SIGNATURE'
  /** This exact signed request was received before (401). */
  | 'REPLAYED'
  /** Neither the promo code nor the click names an earning member of the brand (422). */
  | 'NOT_ATTRIBUTED'
  /** The amount is not in the ledger's currency (422). */
  | 'CURRENCY_MISMATCH'
  /** A refund larger than what is left of the order (422). */
  | 'OVER_REFUND'
  /** Nothing is left of the order to refund (422). */
  | 'ALREADY_REFUNDED';

/** A refused postback, refund or manual sale; nothing is stored. */
export class ConversionError extends DomainError {
  constructor(
    readonly code: ConversionErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    Object.assign(this.details, details);
  }
}
