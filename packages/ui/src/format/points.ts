/** Points are whole numbers; grouped per locale and kept exact past Number.MAX_SAFE_INTEGER. */
export function formatPoints(points: string | bigint | number, locale: string): string {
  const value = typeof points === 'string' ? BigInt(points.trim()) : points;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
