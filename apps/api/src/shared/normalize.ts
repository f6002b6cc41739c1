export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keeps digits and a leading +; "8 (912) 345-67-89" and "+7 912 345 67 89" compare equal after this. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
