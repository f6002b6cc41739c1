import { describe, expect, it } from 'vitest';
import { csvRow, escapeCsvCell } from './csv-export';

describe('CSV export cells', () => {
  it('neutralises text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(escapeCsvCell('=1+1')).toBe("'=1+1");
    expect(escapeCsvCell('+79991234567')).toBe("'+79991234567");
    expect(escapeCsvCell('-2+3')).toBe("'-2+3");
    expect(escapeCsvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(escapeCsvCell('\t=cmd')).toBe("'\t=cmd");
    expect(escapeCsvCell('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(escapeCsvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves ordinary text and numbers the platform produced alone', () => {
    expect(escapeCsvCell('Kettle 2 l')).toBe('Kettle 2 l');
    expect(escapeCsvCell('a=b')).toBe('a=b');
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(129990n)).toBe('129990');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
  });

  it('quotes per RFC 4180: delimiter, quote or line break inside; quotes doubled', () => {
    expect(escapeCsvCell('Fridge, 300 l')).toBe('"Fridge, 300 l"');
    expect(escapeCsvCell('TV 55"')).toBe('"TV 55"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell('a;b', ';')).toBe('"a;b"');
    expect(escapeCsvCell('a,b', ';')).toBe('a,b');
  });

  it('builds a row of escaped cells', () => {
    expect(csvRow(['SKU-1', '=evil()', 'Fridge, 300 l', 5499n, null])).toBe(`SKU-1,'=evil(),"Fridge, 300 l",5499,`);
  });
});
