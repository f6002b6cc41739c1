/**
 * A card-payout (or gift-card) provider: it turns a card number into a token once, and pays a
 * withdrawal to a token, idempotently by the withdrawal's id (asking twice pays once and answers the same).
 * The card number goes to the provider and nowhere else: not into a row, a log or an audit event.
 */
export interface PayoutProvider {
  readonly name: string;
  tokenizeCard(card: CardDetails): Promise<TokenizedCard>;
  payout(request: PayoutRequest): Promise<PayoutResult>;
}

export interface CardDetails {
  /** Digits only. */
  number: string;
  expiryMonth: number;
  expiryYear: number;
}

export interface TokenizedCard {
  token: string;
  last4: string;
  /** VISA, MASTERCARD, MIR, ... */
  brand: string;
}

export interface PayoutRequest {
  withdrawalId: string;
  token: string;
  amountMinor: bigint;
  currency: string;
}

export type PayoutResult =
  | { outcome: 'PAID'; reference: string }
  | { outcome: 'DECLINED'; reason: string }
  /** No answer in time: the payout may or may not have happened; ask again with the same withdrawal id. */
  | { outcome: 'TIMEOUT' };

/** The provider refused the card itself (not a number, failed checks): the caller's bad input. */
export class CardRefusedError extends Error {}
