/** Parts of a budget as percentages of the cap (0-100, two decimals), from exact minor units. */
export interface BudgetShares {
  approved: number;
  pending: number;
  /** approved + pending over the cap, not capped at 100 (a cap lowered after the sales). */
  used: number;
}

const percent = (part: bigint, whole: bigint): number => Number((part * 10000n) / whole) / 100;

/**
 * How much of the cap approved and pending rewards take. The bar's two sections never add up past
 * 100: pending is cut to what is left after approved. A cap of zero counts as fully used.
 */
export function budgetShares(approvedMinor: string, pendingMinor: string, capMinor: string): BudgetShares {
  const approved = BigInt(approvedMinor);
  const pending = BigInt(pendingMinor);
  const cap = BigInt(capMinor);
  if (cap <= 0n) return { approved: approved > 0n ? 100 : 0, pending: approved > 0n ? 0 : pending > 0n ? 100 : 0, used: 100 };
  const approvedShare = Math.min(percent(approved, cap), 100);
  const pendingShare = Math.min(percent(pending, cap), 100 - approvedShare);
  return { approved: approvedShare, pending: Math.max(pendingShare, 0), used: percent(approved + pending, cap) };
}
