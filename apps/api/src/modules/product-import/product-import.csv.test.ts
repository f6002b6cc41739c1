import { describe, expect, it } from 'vitest';
import { InvalidFileError } from '../../shared/errors';
import { parseMajorToMinor } from '../../shared/money';
import { detectDelimiter, inspectCsv, MAX_FILE_BYTES, MAX_ROWS, readHeader, RowValidator } from './product-import.csv';

const codeOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return null;
  } catch (error) {
    if (error instanceof InvalidFileError) return error.code;
    throw error;
  }
};

describe('prices in major units, without floats', () => {
  it.each([
    ['1299.90', 2, 129990n],
    ['1299,90', 2, 129990n],
    ['1 299,90', 2, 129990n],
    ['1\u00a0299.9', 2, 129990n],
    ['0.10', 2, 10n],
    [',5', 2, 50n],
    ['12', 2, 1200n],
    ['12.', 2, 1200n],
    ['1299.90', 0, null],
    ['1299', 0, 1299n],
    ['1.005', 3, 1005n],
    ['9999999999999.99', 2, 999999999999999n],
    // 0.1 + 0.2 style inputs stay exact
    ['10000000000000.01', 1, null],
  ])('%s with %i decimals', (text, digits, expected) => {
    const parsed = parseMajorToMinor(text, digits);
    expect('minor' in parsed ? parsed.minor : null).toBe(expected);
  });

  it.each([
    ['', 'EMPTY'],
    ['-5', 'NEGATIVE'],
    ['-0,50', 'NEGATIVE'],
    ['abc', 'NOT_A_NUMBER'],
    ['1,299.90', 'NOT_A_NUMBER'],
    ['12 34', 'NOT_A_NUMBER'],
    ['1e5', 'NOT_A_NUMBER'],
    ['$12', 'NOT_A_NUMBER'],
    ['1.299', 'TOO_MANY_DECIMALS'],
    ['10000000000000.00', 'TOO_LARGE'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseMajorToMinor(text, 2)).toEqual({ problem });
  });
});

describe('reading a product CSV', () => {
  it('detects comma, semicolon and tab delimiters from the header', () => {
    expect(detectDelimiter('sku,name,price\nA;B,1')).toBe(',');
    expect(detectDelimiter('sku;name;price\n')).toBe(';');
    expect(detectDelimiter('sku\tname\tprice')).toBe('\t');
  });

  it('takes header names case-insensitively and names the missing required columns', () => {
    expect(readHeader([' SKU ', 'Name', 'PRICE', 'extra']).index).toEqual({ sku: 0, name: 1, price: 2 });
    try {
      readHeader(['sku', 'title', 'cost']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFileError);
      expect((error as InvalidFileError).code).toBe('MISSING_COLUMNS');
      expect((error as InvalidFileError).details.missingColumns).toEqual(['name', 'price']);
    }
  });

  it('validates every value of a row and reports each problem with its column', () => {
    const v = new RowValidator(readHeader(['sku', 'name', 'barcode', 'category', 'price', 'currency']));
    expect(v.validate(['A-1', 'Kettle', '4601234567893', 'Kitchen', '1299,90', ''], 2)).toMatchObject({
      values: { sku: 'A-1', name: 'Kettle', barcode: '4601234567893', category: 'Kitchen', listPriceMinor: 129990n, currency: 'RUB' },
      issues: [],
    });
    const bad = v.validate(['', 'K', '12ab', 'x'.repeat(101), '-1', 'XXX'], 3);
    expect(bad.values).toBeNull();
    expect(bad.issues.map((i) => `${i.column}:${i.code}`)).toEqual([
      'sku:REQUIRED',
      'name:TOO_SHORT',
      'barcode:INVALID_FORMAT',
      'category:TOO_LONG',
      'currency:UNKNOWN_CURRENCY',
      'price:NEGATIVE_PRICE',
    ]);
    expect(v.validate(['A-1', 'Kettle again', '', '', '10', 'usd'], 4).issues).toEqual([
      expect.objectContaining({ column: 'sku', code: 'DUPLICATE_SKU', row: 2 }),
    ]);
    expect(v.validate(['A-2', 'Kettle', '', '', '10'], 5).issues).toEqual([
      expect.objectContaining({ code: 'WRONG_FIELD_COUNT', limit: 6 }),
    ]);
    expect(v.validate(['A-3', 'Yen kettle', '', '', '1500.5', 'JPY'], 6).issues).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_DECIMALS', limit: 0 }),
    ]);
  });

  it('checks barcodes, currencies and characters with the same shared rules as the API', () => {
    const v = new RowValidator(readHeader(['sku', 'name', 'barcode', 'category', 'price', 'currency']));
    const codes = (row: string[], n: number) => v.validate(row, n).issues.map((i) => `${i.column}:${i.code}`);
    expect(codes(['G-1', 'Kettle', '4601234567890', '', '10', ''], 2)).toEqual(['barcode:INVALID_CHECK_DIGIT']);
    expect(codes(['G-2', 'Kettle', '46012345678', '', '10', ''], 3)).toEqual(['barcode:INVALID_FORMAT']);
    expect(codes(['G-3', 'Kettle', '036000291452', '', '10', ''], 4)).toEqual([]); // UPC-A (GTIN-12)
    expect(codes(['G-4', 'Kettle', '96385074', '', '10', ''], 5)).toEqual([]); // EAN-8
    expect(codes(['G-5', 'Kettle', '', '', '10', 'XDR'], 6)).toEqual(['currency:UNKNOWN_CURRENCY']); // special drawing rights: no money
    expect(codes(['G-6', 'Kettle', '', '', '10', 'ZZZ'], 7)).toEqual(['currency:UNKNOWN_CURRENCY']);
    expect(codes(['G-7', 'Ket\u202Etle', '', '', '10', ''], 8)).toEqual(['name:INVALID_CHARACTERS']);
    expect(codes(['G-8', 'Kettle', '', 'Kit\u200Bchen', '10', ''], 9)).toEqual(['category:INVALID_CHARACTERS']);
    expect(codes(['G-9', 'Ket\u0001tle', '', '', '10', ''], 10)).toEqual(['name:INVALID_CHARACTERS']);
  });

  it('leaves out columns the file does not have (they stay as they are on update)', () => {
    const v = new RowValidator(readHeader(['sku', 'name', 'price']));
    expect(v.validate(['A-1', 'Kettle', '5'], 2).values).toEqual({
      sku: 'A-1',
      name: 'Kettle',
      barcode: undefined,
      category: undefined,
      listPriceMinor: 500n,
      currency: 'RUB',
    });
  });

  it('inspects a file as a whole: counts rows, skips blank lines, keeps quoted newlines and stray quotes', async () => {
    const file = Buffer.from('\ufeffSKU;Name;Price\n\nA-1;"Kettle\n2 l";1299,90\nA-2;TV 55";54990\n');
    expect(await inspectCsv(file)).toMatchObject({ delimiter: ';', totalRows: 2 });
  });

  it('refuses files that are not usable CSV, with a typed code', async () => {
    expect(await codeOf(inspectCsv(Buffer.from('')))).toBe('EMPTY_FILE');
    expect(await codeOf(inspectCsv(Buffer.from('sku,name,price\n')))).toBe('EMPTY_FILE');
    expect(await codeOf(inspectCsv(Buffer.from('sku,name\nA,B\n')))).toBe('MISSING_COLUMNS');
    expect(await codeOf(inspectCsv(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff])))).toBe('INVALID_FILE');
    expect(await codeOf(inspectCsv(Buffer.from('sku,name,price\nA,"B,1\n')))).toBe('INVALID_FILE');
    expect(await codeOf(inspectCsv(Buffer.alloc(MAX_FILE_BYTES + 1, 'a')))).toBe('FILE_TOO_LARGE');
    const tooMany = 'sku,name,price\n' + Array.from({ length: MAX_ROWS + 1 }, (_, i) => `S${i},Name,1`).join('\n');
    expect(await codeOf(inspectCsv(Buffer.from(tooMany)))).toBe('TOO_MANY_ROWS');
  });
});
