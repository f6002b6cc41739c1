/** The GTIN lengths in use: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14. */
const GTIN = /^(?:\d{8}|\d{12}|\d{13}|\d{14})$/;

/**
 * True for a GTIN-8/12/13/14 whose last digit is the GS1 check digit of the others: from the right
 * (check digit excluded) digits are weighted 3, 1, 3, 1...; the check digit brings the sum to a
 * multiple of 10. Used by product inputs (`@Gtin()`) and the CSV import alike.
 */
export function isValidGtin(code: string): boolean {
  if (!GTIN.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}

/** The GS1 check digit for the digits before it. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i -= 1, weight = 4 - weight) sum += Number(body[i]) * weight;
  return (10 - (sum % 10)) % 10;
}
