import { createHash } from 'node:crypto';

/**
 * The customer's contact as one normalised string: the email lower-cased and trimmed, else the phone
 * as its digits with a leading +. Null when neither is given.
 */
export function normaliseContact(customer?: { email?: string | null; phone?: string | null } | null): string | null {
  const email = customer?.email?.trim().toLowerCase();
  if (email) return email;
  const digits = customer?.phone?.replace(/\D/g, '');
  return digits ? `+${digits}` : null;
}

/** SHA-256 of the normalised contact: lets reports count repeat customers without keeping who they are. */
export const customerHash = (contact: string): string => createHash('sha256').update(contact).digest('hex');
