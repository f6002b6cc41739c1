import type { RecordManualSaleInput } from '@motiva/schema';
import { localInputToIso } from '../shared/dateTime';

/** The API's bounds (RecordManualSaleInput): 1 to 50 lines, 1 to 10 000 units a line, order id 1 to 100 printable characters. */
export const MAX_LINES = 50;
export const MAX_QUANTITY = 10_000;
export const MAX_ORDER_ID = 100;

export interface ManualLineDraft {
  key: string;
  productId: string | null;
  /** As typed (NumberInput gives a number, or a string while it is empty or half typed). */
  quantity: number | string;
  /** The unit price as typed ("1 499,50"); parsed once, into minor units, never through a float. */
  unitPrice: string;
}

export interface ManualSaleDraft {
  memberId: string | null;
  orderId: string;
  /** <input type="datetime-local"> text in the browser's time zone. */
  orderedAt: string;
  lines: ManualLineDraft[];
}

/** Text -> minor units as a decimal string, or null when it is not an amount (the portal's money parser). */
export type ParseMoney = (text: string) => string | null;

/** What is wrong with a field; the form turns it into a sentence (brand.promotions.report.manualSale.error.*). */
export type ManualSaleProblem =
  'required' | 'orderIdLong' | 'orderIdChars' | 'dateFuture' | 'quantity' | 'price' | 'tooManyLines' | 'noLines';

let lineCounter = 0;
export const newManualLine = (productId: string | null = null, unitPrice = ''): ManualLineDraft => ({
  key: `manual-line-${(lineCounter += 1)}`,
  productId,
  quantity: 1,
  unitPrice,
});

/** The quantity as a whole number of units within the API's bounds, or null. */
export function lineQuantity(line: ManualLineDraft): number | null {
  const text = typeof line.quantity === 'number' ? String(line.quantity) : line.quantity.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const quantity = Number(text);
  return quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : null;
}

/** A positive unit price in minor units (zero is allowed: a gift still counts as sold), or null. */
export function lineUnitPriceMinor(line: ManualLineDraft, parseMoney: ParseMoney): bigint | null {
  if (line.unitPrice.trim() === '') return null;
  const minor = parseMoney(line.unitPrice);
  if (minor === null || !/^\d+$/.test(minor)) return null;
  return BigInt(minor);
}

/** quantity × unit price in minor units, or null while either is not valid yet. */
export function lineTotalMinor(line: ManualLineDraft, parseMoney: ParseMoney): bigint | null {
  const quantity = lineQuantity(line);
  const price = lineUnitPriceMinor(line, parseMoney);
  return quantity === null || price === null ? null : BigInt(quantity) * price;
}

/** The live total: the sum of the lines that are complete, and whether every line counted. */
export function manualSaleTotal(lines: ManualLineDraft[], parseMoney: ParseMoney): { minor: bigint; complete: boolean } {
  let minor = 0n;
  let complete = lines.length > 0;
  for (const line of lines) {
    const total = lineTotalMinor(line, parseMoney);
    if (total === null || !line.productId) complete = false;
    if (total !== null) minor += total;
  }
  return { minor, complete };
}

// C0/C1 control characters: the API refuses them in every string input.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The form as the API's input, or the problems per field (keyed like the API's own field errors: `orderId`,
 * `lines.0.quantity`) that stop it from being sent. The order time may not be later than `now`.
 */
export function toManualSaleInput(
  draft: ManualSaleDraft,
  parseMoney: ParseMoney,
  now: Date,
): { input: RecordManualSaleInput; errors: null } | { input: null; errors: Record<string, ManualSaleProblem> } {
  const errors: Record<string, ManualSaleProblem> = {};
  if (!draft.memberId) errors.memberId = 'required';
  const orderId = draft.orderId.trim();
  if (orderId === '') errors.orderId = 'required';
  else if (orderId.length > MAX_ORDER_ID) errors.orderId = 'orderIdLong';
  else if (CONTROL.test(orderId)) errors.orderId = 'orderIdChars';
  const orderedAt = localInputToIso(draft.orderedAt);
  if (orderedAt === null) errors.orderedAt = 'required';
  else if (new Date(orderedAt).getTime() > now.getTime()) errors.orderedAt = 'dateFuture';
  if (draft.lines.length === 0) errors.lines = 'noLines';
  else if (draft.lines.length > MAX_LINES) errors.lines = 'tooManyLines';
  const lines: RecordManualSaleInput['lines'] = [];
  draft.lines.forEach((line, i) => {
    const quantity = lineQuantity(line);
    const price = lineUnitPriceMinor(line, parseMoney);
    if (!line.productId) errors[`lines.${i}.productId`] = 'required';
    if (quantity === null) errors[`lines.${i}.quantity`] = 'quantity';
    if (price === null) errors[`lines.${i}.unitPriceMinor`] = line.unitPrice.trim() === '' ? 'required' : 'price';
    if (line.productId && quantity !== null && price !== null)
      lines.push({ productId: line.productId, quantity, unitPriceMinor: price.toString() });
  });
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: { memberId: draft.memberId!, orderId, orderedAt: orderedAt!, lines }, errors: null };
}
