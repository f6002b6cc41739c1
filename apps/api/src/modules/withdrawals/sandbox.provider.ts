import { randomBytes } from 'node:crypto';
import {
  CardRefusedError,
  type CardDetails,
  type PayoutProvider,
  type PayoutRequest,
  type PayoutResult,
  type TokenizedCard,
} from './payout.provider';

/** Test numbers with a fixed outcome (README, "Ledger and withdrawals"); any other valid number is paid. */
export const SANDBOX_CARDS = {
  success: '4111111111111111',
  decline: '4000000000000002',
  timeout: '4000000000000119',
} as const;

type Behaviour = 'ok' | 'decline' | 'timeout';

/** Luhn's check digit test, as card numbers carry it. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrandOf(digits: string): string {
  if (/^220[0-4]/.test(digits)) return 'MIR';
  if (/^4/.test(digits)) return 'VISA';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'MASTERCARD';
  if (/^3[47]/.test(digits)) return 'AMEX';
  return 'OTHER';
}

/**
 * The default provider: no network, deterministic. The token carries the test number's behaviour (the
 * number itself is not kept anywhere), and payouts are remembered by withdrawal id, so asking twice
 * answers the same reference.
 */
export class SandboxPayoutProvider implements PayoutProvider {
  readonly name = 'sandbox';
  private readonly paid = new Map<string, string>();

  async tokenizeCard(card: CardDetails): Promise<TokenizedCard> {
    if (!/^\d{12,19}$/.test(card.number) || !passesLuhn(card.number)) throw new CardRefusedError('This is not a valid card number');
    const behaviour: Behaviour =
      card.number === SANDBOX_CARDS.decline ? 'decline' : card.number === SANDBOX_CARDS.timeout ? 'timeout' : 'ok';
    return { token: `sbx_${behaviour}_${randomBytes(12).toString('hex')}`, last4: card.number.slice(-4), brand: cardBrandOf(card.number) };
  }

  async payout(request: PayoutRequest): Promise<PayoutResult> {
    const behaviour = /^sbx_(ok|decline|timeout)_/.exec(request.token)?.[1] as Behaviour | undefined;
    if (behaviour === 'timeout') return { outcome: 'TIMEOUT' };
    if (behaviour !== 'ok') return { outcome: 'DECLINED', reason: 'The card issuer declined the payout' };
    const reference = this.paid.get(request.withdrawalId) ?? `sbx_payout_${request.withdrawalId}`;
    this.paid.set(request.withdrawalId, reference);
    return { outcome: 'PAID', reference };
  }
}

let provider: PayoutProvider | undefined;

/**
 * The process's payout provider. PAYOUT_PROVIDER has one value, `sandbox`, today; a real provider with
 * credentials would be built from the config at boot and handed to the services (AppServices) and jobs.
 */
export function payoutProvider(): PayoutProvider {
  provider ??= new SandboxPayoutProvider();
  return provider;
}
