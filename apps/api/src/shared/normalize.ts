export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The digits of a phone number as typed ("+7 (912) 345-67-89" -> "79123456789"). */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * Keeps digits and a leading +; "8 (912) 345-67-89" and "+7 912 345 67 89" compare equal after this.
 * Inputs pass `@Phone()` first (10 to 15 digits), so the result is never empty.
 */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = phoneDigits(trimmed);
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
