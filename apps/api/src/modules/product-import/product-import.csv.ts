import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse';
import { InvalidFileError } from '../../shared/errors';
import { currencyFractionDigits, isAcceptedCurrency } from '../../shared/currency';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { isValidGtin } from '../../shared/gtin';
import { parseMajorToMinor } from '../../shared/money';
import { textProblem } from '../../shared/text-rules';
import { SKU_PATTERN } from '../products/products.inputs';
import { ProductImportIssueCode as Code, type ProductImportIssue } from './product-import.entity';

/**
 * Reading a product CSV: the header, the records and each row's validation. Pure functions over text,
 * shared by the upload route (which checks the file as a whole) and the job (which applies it).
 */
export const IMPORT_COLUMNS = ['sku', 'name', 'barcode', 'category', 'price', 'currency'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['sku', 'name', 'price'];
export const DEFAULT_CURRENCY = 'RUB';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/** The same limits as CreateProductInput (shared/field-limits.ts). */
export const LIMITS = { sku: FIELD_LIMITS.sku, nameMin: 2, name: FIELD_LIMITS.productName, category: FIELD_LIMITS.category } as const;
const GTIN_LENGTH = /^(?:\d{8}|\d{12}|\d{13}|\d{14})$/;

/** Text is parsed in slices of this size, and the event loop gets a turn between slices. */
const SLICE = 64 * 1024;

export interface ImportHeader {
  /** Where each known column is; a column absent from the file is left untouched on update. */
  index: Partial<Record<ImportColumn, number>>;
  fieldCount: number;
}

/** Comma by default; a semicolon (spreadsheets in Russian locales) or a tab when the header uses it. */
export function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const first = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best;
}

/** The text in slices, handing the event loop back between them so a big file never blocks requests. */
export async function* slices(text: string): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += SLICE) {
    yield text.slice(at, at + SLICE);
    await nextTurn();
  }
}

/**
 * CSV records (arrays of raw fields) streamed from text. Quotes inside unquoted fields are kept as
 * text (`TV 55"`); blank lines come through as records of empty fields so row numbers match the file.
 */
export async function* csvRecords(source: AsyncIterable<string>, delimiter: string): AsyncGenerator<string[]> {
  const parser = parse({ delimiter, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  const feeding = pipeline(Readable.from(source), parser);
  feeding.catch(() => undefined); // a failure surfaces through the iteration below
  for await (const record of parser) yield record as string[];
  await feeding;
}

export const isBlank = (record: string[]) => record.every((field) => field.trim() === '');

export function readHeader(record: string[]): ImportHeader {
  const names = record.map((name) => name.trim().toLowerCase());
  const index: Partial<Record<ImportColumn, number>> = {};
  names.forEach((name, i) => {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) return;
    if (index[name as ImportColumn] !== undefined)
      throw new InvalidFileError('INVALID_FILE', `The column "${name}" appears twice in the header`, { column: name });
    index[name as ImportColumn] = i;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length) {
    throw new InvalidFileError(
      'MISSING_COLUMNS',
      `The header row lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      {
        missingColumns: missing,
        expectedColumns: [...IMPORT_COLUMNS],
        foundColumns: names.filter(Boolean).slice(0, 20),
      },
    );
  }
  return { index, fieldCount: record.length };
}

/** A product as a valid row describes it. barcode/category undefined: the file has no such column. */
export interface ProductValues {
  sku: string;
  name: string;
  barcode?: string | null;
  category?: string | null;
  listPriceMinor: bigint;
  currency: string;
}

export interface ValidatedRow {
  rowNumber: number;
  sku: string | null;
  values: ProductValues | null;
  issues: ProductImportIssue[];
}

const issue = (column: string, code: Code, message: string, extra: Partial<ProductImportIssue> = {}): ProductImportIssue => ({
  column,
  code,
  message,
  ...extra,
});

/**
 * Validates rows in file order. Deterministic for a given file: the job re-validates rows it already
 * committed when it resumes, so "duplicate of row N" comes out the same on every attempt.
 */
export class RowValidator {
  private readonly seen = new Map<string, number>();

  constructor(private readonly header: ImportHeader) {}

  validate(record: string[], rowNumber: number): ValidatedRow {
    const cell = (column: ImportColumn): string | undefined => {
      const i = this.header.index[column];
      return i === undefined ? undefined : (record[i] ?? '').trim();
    };
    const rawSku = cell('sku') ?? '';
    const sku = rawSku === '' ? null : rawSku.slice(0, 100);
    if (record.length !== this.header.fieldCount) {
      const message = `Expected ${this.header.fieldCount} values as in the header, found ${record.length}`;
      return { rowNumber, sku, values: null, issues: [issue('row', Code.WRONG_FIELD_COUNT, message, { limit: this.header.fieldCount })] };
    }
    const issues: ProductImportIssue[] = [];

    if (rawSku === '') issues.push(issue('sku', Code.REQUIRED, 'SKU is required'));
    else if (rawSku.length > LIMITS.sku)
      issues.push(issue('sku', Code.TOO_LONG, `SKU is longer than ${LIMITS.sku} characters`, { limit: LIMITS.sku }));
    else if (!SKU_PATTERN.test(rawSku))
      issues.push(
        issue('sku', Code.INVALID_FORMAT, 'SKU: letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit'),
      );
    else {
      const first = this.seen.get(rawSku);
      if (first !== undefined) issues.push(issue('sku', Code.DUPLICATE_SKU, `SKU already appears in row ${first}`, { row: first }));
      else this.seen.set(rawSku, rowNumber);
    }

    const name = cell('name') ?? '';
    const nameCharacters = textProblem(name, 'singleLine');
    if (name === '') issues.push(issue('name', Code.REQUIRED, 'Name is required'));
    else if (nameCharacters) issues.push(issue('name', Code.INVALID_CHARACTERS, `Name ${nameCharacters}`));
    else if (name.length < LIMITS.nameMin)
      issues.push(issue('name', Code.TOO_SHORT, `Name is shorter than ${LIMITS.nameMin} characters`, { limit: LIMITS.nameMin }));
    else if (name.length > LIMITS.name)
      issues.push(issue('name', Code.TOO_LONG, `Name is longer than ${LIMITS.name} characters`, { limit: LIMITS.name }));

    const barcodeCell = cell('barcode');
    const barcode = barcodeCell === undefined ? undefined : barcodeCell || null;
    // The same rule as the API's @Gtin(): a GTIN-8/12/13/14 with its GS1 check digit.
    if (barcode && !GTIN_LENGTH.test(barcode))
      issues.push(issue('barcode', Code.INVALID_FORMAT, 'Barcode (GTIN) has 8, 12, 13 or 14 digits'));
    else if (barcode && !isValidGtin(barcode))
      issues.push(issue('barcode', Code.INVALID_CHECK_DIGIT, 'Barcode check digit is wrong: check the number'));

    const categoryCell = cell('category');
    const category = categoryCell === undefined ? undefined : categoryCell || null;
    const categoryCharacters = category ? textProblem(category, 'singleLine') : null;
    if (categoryCharacters) issues.push(issue('category', Code.INVALID_CHARACTERS, `Category ${categoryCharacters}`));
    else if (category && category.length > LIMITS.category)
      issues.push(issue('category', Code.TOO_LONG, `Category is longer than ${LIMITS.category} characters`, { limit: LIMITS.category }));

    const currency = (cell('currency') || DEFAULT_CURRENCY).toUpperCase();
    const knownCurrency = isAcceptedCurrency(currency);
    if (!knownCurrency)
      issues.push(
        issue('currency', Code.UNKNOWN_CURRENCY, `Unknown currency "${currency.slice(0, 10)}": use an ISO 4217 code such as RUB`),
      );

    let listPriceMinor: bigint | null = null;
    const digits = knownCurrency ? currencyFractionDigits(currency) : 2;
    const price = parseMajorToMinor(cell('price') ?? '', digits);
    if ('minor' in price) listPriceMinor = price.minor;
    else if (price.problem === 'EMPTY') issues.push(issue('price', Code.REQUIRED, 'Price is required'));
    else if (price.problem === 'NEGATIVE') issues.push(issue('price', Code.NEGATIVE_PRICE, 'Price cannot be negative'));
    else if (price.problem === 'TOO_LARGE') issues.push(issue('price', Code.PRICE_TOO_LARGE, 'Price is too large'));
    else if (price.problem === 'TOO_MANY_DECIMALS')
      issues.push(issue('price', Code.TOO_MANY_DECIMALS, `Price has more than ${digits} decimal places`, { limit: digits }));
    else issues.push(issue('price', Code.INVALID_PRICE, 'Price is not a number such as 1299.90 or 1299,90'));

    if (issues.length || listPriceMinor === null) return { rowNumber, sku, values: null, issues };
    return { rowNumber, sku, values: { sku: rawSku, name, barcode, category, listPriceMinor, currency }, issues };
  }
}

export interface InspectedFile {
  content: string;
  delimiter: string;
  totalRows: number;
}

/**
 * Checks an uploaded file as a whole before anything is stored: UTF-8 text, a header with the
 * required columns, well-formed CSV, at least one and at most MAX_ROWS data rows.
 */
export async function inspectCsv(bytes: Buffer): Promise<InspectedFile> {
  if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge();
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidFileError('INVALID_FILE', 'The file is not UTF-8 text: save it from your spreadsheet as "CSV UTF-8"');
  }
  if (content.includes('\u0000')) throw new InvalidFileError('INVALID_FILE', 'The file is not a CSV text file');
  if (content.trim() === '' || content.trim() === '\ufeff') throw new InvalidFileError('EMPTY_FILE', 'The file is empty');
  const delimiter = detectDelimiter(content.replace(/^\ufeff/, ''));
  let header: ImportHeader | null = null;
  let totalRows = 0;
  try {
    for await (const record of csvRecords(slices(content), delimiter)) {
      if (isBlank(record)) continue;
      if (!header) {
        header = readHeader(record);
        continue;
      }
      totalRows += 1;
      if (totalRows > MAX_ROWS)
        throw new InvalidFileError('TOO_MANY_ROWS', `The file has more than ${MAX_ROWS} rows: split it into several files`, {
          maxRows: MAX_ROWS,
        });
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InvalidFileError('INVALID_FILE', `The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${error.message}`, {
        line: line ?? null,
      });
    }
    throw error;
  }
  if (totalRows === 0) throw new InvalidFileError('EMPTY_FILE', 'The file has a header but no product rows');
  return { content, delimiter, totalRows };
}

export const fileTooLarge = () =>
  new InvalidFileError('FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split it into several files`, {
    maxBytes: MAX_FILE_BYTES,
  });
