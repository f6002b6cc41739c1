const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether pasted text can be a record id at all (the API's scopeId is a UUID column). */
export const isUuid = (text: string) => UUID.test(text);

/** "2025-11-20" -> the start of that day in the admin's time zone, as ISO; null for anything else. */
export function dayStart(day: string, plusDays = 0): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The URL's date range as the API's half-open interval: from the start of "from" to the start of
 * the day after "to", so a one-day range (from = to) shows that whole day.
 */
export function dateRange(from: string, to: string): { from: string | null; to: string | null } {
  return { from: dayStart(from), to: dayStart(to, 1) };
}
