import type { SaleSource, SaleStatus } from '@motiva/schema';

/** A conversion rate in basis points (2857) as a percentage in the language's style ("28.57%", "28,57 %"). */
export function formatRateBp(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(bp / 10_000);
}

/** The report's periods: the last N days up to now, or everything. */
export const PERIODS = ['7', '30', '90', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** The period as the API's from/to (UTC); `all` is unbounded. Days count back from `now`. */
export function periodRange(period: Period, now: Date): { from: string | null; to: string | null } {
  if (period === 'all') return { from: null, to: null };
  const from = new Date(now.getTime() - Number(period) * 24 * 60 * 60 * 1000);
  return { from: from.toISOString(), to: null };
}

export interface ConversionFilters {
  promotionId: string;
  memberId?: string | null;
  source?: SaleSource | null;
  status?: SaleStatus | null;
  orderedFrom?: string | null;
  orderId?: string | null;
}

/** Where the API streams the same conversions as CSV (same origin: the session cookie goes along). */
export const CONVERSIONS_CSV_URL = '/api/brand/conversions.csv';

/** The CSV export's address for the filters on screen; empty filters are left out. */
export function conversionsCsvHref(filters: ConversionFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `${CONVERSIONS_CSV_URL}?${query}`;
}

export type RefundAmount = { ok: true; minor: string | null } | { ok: false; error: 'format' | 'zero' | 'tooMuch' };

/**
 * A refund amount as the brand types it ("1 234,5", "1234.50", or empty for everything that is left) into minor
 * units as the API takes them (a decimal string; null = all that is left), never through a float. At most the
 * currency's digits after the separator; more than what is left to refund is refused here already.
 */
export function parseRefundAmount(text: string, fractionDigits: number, leftMinor: bigint): RefundAmount {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, minor: null };
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(compact);
  if (!match || (match[2] ?? '').length > fractionDigits) return { ok: false, error: 'format' };
  const minor = BigInt(match[1]!) * 10n ** BigInt(fractionDigits) + BigInt((match[2] ?? '').padEnd(fractionDigits, '0') || '0');
  if (minor === 0n) return { ok: false, error: 'zero' };
  if (minor > leftMinor) return { ok: false, error: 'tooMuch' };
  return { ok: true, minor: minor.toString() };
}

/** A refund id the brand's side never reuses: the API treats a repeat of (sale, refund id) as the same refund. */
export function newRefundId(random: () => string = () => crypto.randomUUID()): string {
  return `portal-${random()}`;
}
