/** Card numbers: what the add-card form checks before the number goes to the payout provider. */

export const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The Luhn checksum every payment card number carries in its last digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** "4111111111111111" -> "4111 1111 1111 1111" (groups of four as typed; at most 19 digits). */
export function groupCardNumber(text: string): string {
  return digitsOf(text)
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

export interface CardDraft {
  number: string;
  month: string;
  year: string;
}

const K = 'participant.wallet.cards.errors';

/** Field -> i18n key of what is wrong; empty when the card can be sent. `now` decides expiry. */
export function validateCard(draft: CardDraft, now = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  const digits = digitsOf(draft.number);
  if (digits.length < 12 || digits.length > 19) errors.cardNumber = `${K}.length`;
  else if (!luhnValid(digits)) errors.cardNumber = `${K}.luhn`;
  const month = Number(draft.month);
  if (!Number.isInteger(month) || month < 1 || month > 12) errors.expiryMonth = `${K}.month`;
  const year = Number(draft.year);
  const thisYear = now.getFullYear();
  if (!Number.isInteger(year) || year < thisYear || year > thisYear + 20) errors.expiryYear = `${K}.year`;
  else if (!errors.expiryMonth && year === thisYear && month < now.getMonth() + 1) errors.expiryYear = `${K}.expired`;
  return errors;
}

/** Two-digit years (the way cards print them) -> four digits. */
export function fullYear(text: string): string {
  const digits = digitsOf(text);
  return digits.length === 2 ? `20${digits}` : digits;
}
