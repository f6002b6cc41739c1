import { minorToInputText, parseMoneyToMinor } from '@motiva/ui';
import type { ReceiptQrFieldsFragment, SaleReceiptInput, SubmitSaleInput } from '@motiva/schema';

/** A receipt with a fiscal QR (its fields read or typed) or a plain receipt number with its date. */
export type ReceiptMode = 'fiscal' | 'number';

export interface LineDraft {
  key: string;
  productId: string | null;
  /** As typed: digits. */
  quantity: string;
  /** As typed, in major units and the user's locale ("54 990,50"). */
  price: string;
}

export interface ReceiptDraft {
  mode: ReceiptMode;
  /** What a QR code said (from a photo or pasted); the fields below start from it and may be edited. */
  qr: ReceiptQrFieldsFragment | null;
  /** yyyy-mm-dd */
  date: string;
  /** hh:mm (fiscal receipts only) */
  time: string;
  /** The receipt total as typed (fiscal receipts only). */
  total: string;
  fn: string;
  i: string;
  fp: string;
  /** QR parameter n: 1 a sale; anything else is refused by the API. */
  operationType: number;
  number: string;
}

export interface SaleDraft {
  promotionId: string;
  receipt: ReceiptDraft;
  lines: LineDraft[];
  photoIds: string[];
}

/** Field path (receipt.date, lines.0.price, ...) -> i18n key of what is wrong. */
export type DraftErrors = Record<string, string>;

const K = 'participant.sales.form.errors';
export const MAX_LINES = 50;
export const MAX_QUANTITY = 10_000;

/** The QR's operation names -> its parameter n. */
export const OPERATION_NUMBER: Record<string, number> = { SALE: 1, SALE_REFUND: 2, EXPENSE: 3, EXPENSE_REFUND: 4 };

let lineCounter = 0;
export function newLine(productId: string | null = null, price = ''): LineDraft {
  lineCounter += 1;
  return { key: `line-${lineCounter}`, productId, quantity: '1', price };
}

export function emptyReceipt(): ReceiptDraft {
  return { mode: 'fiscal', qr: null, date: '', time: '', total: '', fn: '', i: '', fp: '', operationType: 1, number: '' };
}

/** The receipt fields as a QR code says them, ready to edit (the total in the user's locale). */
export function receiptFromQr(qr: ReceiptQrFieldsFragment, locale: string): ReceiptDraft {
  return {
    ...emptyReceipt(),
    mode: 'fiscal',
    qr,
    date: qr.purchaseDate,
    time: qr.purchasedAt.slice(11, 16),
    total: minorToInputText(qr.total.amountMinor, locale),
    fn: qr.fiscalDriveNumber,
    i: qr.fiscalDocumentNumber,
    fp: qr.fiscalSign,
    operationType: OPERATION_NUMBER[qr.operationType] ?? 1,
  };
}

/** Whether the fields still say what the QR said (then its text is sent as read). */
export function matchesQr(receipt: ReceiptDraft, locale: string): boolean {
  const { qr } = receipt;
  if (!qr || receipt.mode !== 'fiscal') return false;
  const read = receiptFromQr(qr, locale);
  const same = (['date', 'time', 'fn', 'i', 'fp'] as const).every((k) => receipt[k].trim() === read[k]);
  return same && receipt.operationType === read.operationType && parseMoneyToMinor(receipt.total, locale) === qr.total.amountMinor;
}

/** The receipt total in minor units when one is known (a fiscal receipt with a readable total). */
export function receiptTotalMinor(receipt: ReceiptDraft, locale: string): bigint | null {
  if (receipt.mode !== 'fiscal') return null;
  const minor = parseMoneyToMinor(receipt.total, locale);
  return minor === null ? null : BigInt(minor);
}

/** A line as the API takes it, or null while it is incomplete. */
export function lineInput(line: LineDraft, locale: string) {
  const quantity = /^\d{1,5}$/.test(line.quantity.trim()) ? Number(line.quantity.trim()) : NaN;
  const unitPriceMinor = parseMoneyToMinor(line.price, locale);
  if (!line.productId || !(quantity >= 1 && quantity <= MAX_QUANTITY) || unitPriceMinor === null) return null;
  return { productId: line.productId, quantity, unitPriceMinor };
}

/** The lines' sum (quantity × unit price) of the complete lines. */
export function linesTotalMinor(lines: LineDraft[], locale: string): bigint {
  return lines.reduce((sum, line) => {
    const input = lineInput(line, locale);
    return input ? sum + BigInt(input.unitPriceMinor) * BigInt(input.quantity) : sum;
  }, 0n);
}

/** Every line complete: what the reward preview is asked about; null while any line is unfinished. */
export function previewLines(lines: LineDraft[], locale: string) {
  const inputs = lines.map((line) => lineInput(line, locale));
  return inputs.length > 0 && inputs.every((input) => input !== null) ? inputs.filter((input) => input !== null) : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function receiptErrors(receipt: ReceiptDraft, locale: string, today: string): DraftErrors {
  const errors: DraftErrors = {};
  if (!DATE.test(receipt.date)) errors['receipt.date'] = `${K}.date`;
  else if (receipt.date > today) errors['receipt.date'] = `${K}.dateFuture`;
  if (receipt.mode === 'number') {
    if (!receipt.number.trim()) errors['receipt.number'] = `${K}.number`;
    return errors;
  }
  if (!TIME.test(receipt.time)) errors['receipt.time'] = `${K}.time`;
  const total = parseMoneyToMinor(receipt.total, locale);
  if (total === null || total === '0') errors['receipt.total'] = `${K}.total`;
  if (!/^\d{16}$/.test(receipt.fn.trim())) errors['receipt.fn'] = `${K}.fn`;
  if (!/^\d{1,10}$/.test(receipt.i.trim())) errors['receipt.i'] = `${K}.i`;
  if (!/^\d{1,10}$/.test(receipt.fp.trim())) errors['receipt.fp'] = `${K}.fp`;
  return errors;
}

function receiptInput(receipt: ReceiptDraft, locale: string): SaleReceiptInput {
  if (receipt.mode === 'number') {
    // The API keeps the day only: noon UTC keeps it the same day in every time zone.
    return { number: receipt.number.trim(), date: `${receipt.date}T12:00:00.000Z` };
  }
  if (receipt.qr && matchesQr(receipt, locale)) return { qrText: receipt.qr.text };
  // A fiscal receipt's time is the shop's wall clock; the API keeps it as if it were UTC.
  return {
    fiscal: {
      purchasedAt: `${receipt.date}T${receipt.time}:00.000Z`,
      totalMinor: parseMoneyToMinor(receipt.total, locale) ?? '0',
      fn: receipt.fn.trim(),
      i: receipt.i.trim(),
      fp: receipt.fp.trim(),
      operationType: receipt.operationType,
    },
  };
}

/**
 * Checks the draft as the API would (required fields, formats, lines within the receipt's total)
 * and builds submitSale's input. `today` is yyyy-mm-dd in the user's time zone.
 */
export function validateSale(draft: SaleDraft, locale: string, today: string): { errors: DraftErrors; input: SubmitSaleInput | null } {
  const errors: DraftErrors = {};
  if (!draft.promotionId) errors.promotion = `${K}.promotion`;
  Object.assign(errors, receiptErrors(draft.receipt, locale, today));
  if (draft.lines.length === 0) errors.lines = `${K}.noLines`;
  draft.lines.forEach((line, index) => {
    if (!line.productId) errors[`lines.${index}.productId`] = `${K}.product`;
    const quantity = line.quantity.trim();
    if (!/^\d{1,5}$/.test(quantity) || Number(quantity) < 1 || Number(quantity) > MAX_QUANTITY)
      errors[`lines.${index}.quantity`] = `${K}.quantity`;
    const price = parseMoneyToMinor(line.price, locale);
    if (price === null || price === '0') errors[`lines.${index}.price`] = `${K}.price`;
  });
  const total = receiptTotalMinor(draft.receipt, locale);
  if (total !== null && linesTotalMinor(draft.lines, locale) > total) errors.lines = `${K}.overTotal`;
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      promotionId: draft.promotionId,
      receipt: receiptInput(draft.receipt, locale),
      lines: draft.lines.map((line) => lineInput(line, locale)!),
      photoIds: draft.photoIds.length > 0 ? draft.photoIds : null,
    },
  };
}

/** The API's field paths (receipt.fiscal.fn, lines.0.unitPriceMinor) -> the form's own. */
export function formFieldPath(apiPath: string): string {
  return apiPath
    .replace(/^input\./, '')
    .replace(/^receipt\.fiscal\.totalMinor$/, 'receipt.total')
    .replace(/^receipt\.fiscal\.purchasedAt$/, 'receipt.date')
    .replace(/^receipt\.fiscal\./, 'receipt.')
    .replace(/^lines\.(\d+)\.unitPriceMinor$/, 'lines.$1.price');
}

/** Today as yyyy-mm-dd where the user is. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The form's own sentence for a field the API refused (its messages are English), or null. */
export function fieldErrorKey(field: string): string | null {
  const receipt = /^receipt\.(date|time|total|fn|i|fp|number)$/.exec(field);
  if (receipt) return `${K}.${receipt[1]}`;
  const line = /^lines\.\d+\.(productId|quantity|price)$/.exec(field);
  if (line) return `${K}.${line[1] === 'productId' ? 'product' : line[1]}`;
  return null;
}
