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

/** One key per opened form, from the kit (shared with the admin's adjustments). */
export { newIdempotencyKey } from '@motiva/ui';
