/** Small, permissive checks: the API validates for real and its messages land under the same fields. */
export const isBlank = (value: string) => value.trim().length === 0;
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
export const isDigits = (value: string, ...lengths: number[]) => /^\d+$/.test(value.trim()) && lengths.includes(value.trim().length);
export const MIN_PASSWORD_LENGTH = 10; // the API's rule
/** Same shape the API accepts: an optional +, then 10–20 digits, spaces, brackets or dashes. */
export const isPhone = (value: string) => /^\+?[\d\s()-]{10,20}$/.test(value.trim());
export const isShorterThan = (value: string, min: number) => value.trim().length < min;

/** Trims every value; optional fields that end up empty become null for the API. */
export function trimmed<T extends Record<string, string>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'password' ? v : v.trim()])) as T;
}

export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
