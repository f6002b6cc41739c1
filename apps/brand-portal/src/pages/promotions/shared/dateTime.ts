/**
 * <input type="datetime-local"> speaks "YYYY-MM-DDTHH:mm" in the browser's time zone; the API speaks
 * ISO instants. Both conversions go through Date, which keeps whole milliseconds (no arithmetic).
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a local "YYYY-MM-DDTHH:mm" means, or null when it is empty or incomplete. */
export function localInputToIso(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Same instant, ignoring the ISO spelling (".000Z" or not). */
export function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return new Date(a).getTime() === new Date(b).getTime();
}
