import { BadUserInputError } from '../../shared/errors';

/** The receipt's operation type (tag 1054 "признак расчёта" of the fiscal data format). */
export enum FiscalOperationType {
  /** 1, "приход": a sale to the customer. */
  SALE = 'SALE',
  /** 2, "возврат прихода": the customer returned a sale. */
  SALE_REFUND = 'SALE_REFUND',
  /** 3, "расход": the shop paid out (bought from someone). */
  EXPENSE = 'EXPENSE',
  /** 4, "возврат расхода": a refund of such a payment. */
  EXPENSE_REFUND = 'EXPENSE_REFUND',
}

const OPERATION_BY_CODE: Readonly<Record<string, FiscalOperationType>> = {
  '1': FiscalOperationType.SALE,
  '2': FiscalOperationType.SALE_REFUND,
  '3': FiscalOperationType.EXPENSE,
  '4': FiscalOperationType.EXPENSE_REFUND,
};

/** What a Russian cash receipt's QR code says, as the platform keeps it. */
export interface FiscalQr {
  /**
   * The purchase time exactly as printed, "yyyy-mm-ddThh:mm:ss" with no offset: the QR carries the
   * shop's local wall-clock time and no time zone, so it is never converted (a sale's date is that
   * calendar day where the sale happened). Minutes-only QR texts read as second 00.
   */
  purchasedAt: string;
  /** The calendar day of purchasedAt, "yyyy-mm-dd". */
  purchaseDate: string;
  /** The receipt total in kopecks (s=1234.50 -> 123450n). */
  totalMinor: bigint;
  /** fn: the fiscal drive's serial number, 16 digits. */
  fiscalDriveNumber: string;
  /** i: the fiscal document number, canonical decimal (no leading zeros), 1..4294967295. */
  fiscalDocumentNumber: string;
  /** fp: the fiscal sign, canonical decimal (no leading zeros), 0..4294967295 (printed as up to 10 digits). */
  fiscalSign: string;
  /** n: sale, sale refund, expense or expense refund. */
  operationType: FiscalOperationType;
}

/** The longest QR text read; real ones are about 80 characters. */
export const MAX_FISCAL_QR_LENGTH = 255;
const UINT32_MAX = 4_294_967_295n;
const KNOWN_KEYS = new Set(['t', 's', 'fn', 'i', 'fp', 'n']);

/**
 * Reads the text of a fiscal receipt QR, e.g. `t=20261201T1530&s=1234.50&fn=9999078900012345&i=12345&fp=3522207165&n=1`.
 * Parameters in any order; unknown ones are ignored (some registers add their own); each known one
 * exactly once. Numbers are read as text, never as floats. Anything else is a BAD_USER_INPUT naming
 * the parameters that are wrong (fields t, s, fn, i, fp, n; `text` for the text as a whole).
 */
export function parseFiscalQr(text: string): FiscalQr {
  const trimmed = text.trim().replace(/^\?/, '');
  if (trimmed === '' || trimmed.length > MAX_FISCAL_QR_LENGTH || !/^[\x21-\x7e]+$/.test(trimmed)) {
    throw invalid({
      text: `Expected the receipt QR text, t=...&s=...&fn=...&i=...&fp=...&n=..., at most ${MAX_FISCAL_QR_LENGTH} characters`,
    });
  }
  const params = new Map<string, string>();
  const problems: Record<string, string> = {};
  for (const pair of trimmed.split('&')) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    if (!KNOWN_KEYS.has(key)) continue;
    if (params.has(key)) problems[key] = `${key} appears more than once`;
    params.set(key, eq < 0 ? '' : pair.slice(eq + 1));
  }
  const read = <T>(key: string, parse: (value: string) => T | string): T | undefined => {
    const value = params.get(key);
    if (value === undefined) {
      problems[key] = `${key} is missing`;
      return undefined;
    }
    if (problems[key]) return undefined;
    const parsed = parse(value);
    if (typeof parsed === 'string') {
      problems[key] = parsed;
      return undefined;
    }
    return parsed;
  };
  const time = read('t', parseTime);
  const total = read('s', parseTotal);
  const fn = read('fn', (v) => (/^\d{16}$/.test(v) ? { v } : 'fn must be the 16 digits of the fiscal drive number'));
  const i = read('i', (v) => parseUint32(v, 'i', 1n));
  const fp = read('fp', (v) => parseUint32(v, 'fp', 0n));
  const n = read('n', (v) => (OPERATION_BY_CODE[v] ? { v: OPERATION_BY_CODE[v] } : 'n must be 1, 2, 3 or 4 (the operation type)'));
  if (Object.keys(problems).length > 0 || !time || !total || !fn || !i || !fp || !n) throw invalid(problems);
  return {
    purchasedAt: time.v,
    purchaseDate: time.v.slice(0, 10),
    totalMinor: total.v,
    fiscalDriveNumber: fn.v,
    fiscalDocumentNumber: i.v,
    fiscalSign: fp.v,
    operationType: n.v,
  };
}

function invalid(fields: Record<string, string>): BadUserInputError {
  return new BadUserInputError('This is not the QR code of a cash receipt', fields);
}

/** yyyymmddThhmm or yyyymmddThhmmss, a real calendar date and time of day. */
function parseTime(value: string): { v: string } | string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?$/.exec(value);
  const problem = 't must be the purchase time, yyyymmddThhmm or yyyymmddThhmmss';
  if (!m) return problem;
  const [, y, mo, d, h, mi, s = '00'] = m;
  // A round trip through UTC catches 31 April and 29 February of a common year; no zone is applied.
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDay = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  if (!realDay || Number(y) < 2000 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return problem;
  return { v: `${y}-${mo}-${d}T${h}:${mi}:${s}` };
}

/** Roubles with an optional fraction of one or two digits: "1234", "1234.5", "1234.50". */
function parseTotal(value: string): { v: bigint } | string {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) return 's must be the total in roubles, e.g. 1234.50';
  const minor = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (minor === 0n) return 's must be more than zero';
  return { v: minor };
}

/** A fiscal-format 32-bit counter as canonical decimal text (leading zeros dropped, as receipts print them padded). */
function parseUint32(value: string, key: string, min: bigint): { v: string } | string {
  if (!/^\d{1,10}$/.test(value) || BigInt(value) > UINT32_MAX || BigInt(value) < min) {
    return `${key} must be a number of at most 10 digits${min > 0n ? ', not zero' : ''}`;
  }
  return { v: BigInt(value).toString() };
}
