import { parseMoneyToMinor } from '@motiva/ui';

const K = 'participant.wallet.withdraw.errors';

/**
 * The amount typed in the withdraw form -> minor units, or the i18n key of why it cannot be sent:
 * at least the platform's minimum, at most what is available.
 */
export function checkWithdrawal(
  text: string,
  locale: string,
  minMinor: string,
  availableMinor: string,
): { amountMinor: string; error: null } | { amountMinor: null; error: string } {
  const minor = parseMoneyToMinor(text, locale);
  if (minor === null || minor === '0') return { amountMinor: null, error: `${K}.amount` };
  const amount = BigInt(minor);
  if (amount < BigInt(minMinor)) return { amountMinor: null, error: `${K}.belowMin` };
  if (amount > BigInt(availableMinor)) return { amountMinor: null, error: `${K}.aboveAvailable` };
  return { amountMinor: minor, error: null };
}

/**
 * A fresh idempotency key: a UUID. crypto.randomUUID exists only on secure pages (https, localhost);
 * elsewhere the same 122 random bits come from getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
