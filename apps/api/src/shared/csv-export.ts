/**
 * CSV cells for export, safe to open in a spreadsheet. Text users typed is stored as typed (a product
 * named "=1+1" is a valid name); the defence against formula injection is here, on the way out:
 * a cell starting with = + - @ tab or carriage return — which Excel, LibreOffice and Google Sheets run
 * as a formula — gets a leading apostrophe, which spreadsheets show as text and do not display. Then the
 * cell is quoted per RFC 4180 when it holds the delimiter, a quote or a line break (quotes doubled).
 * Every CSV the platform writes goes through escapeCsvCell/csvRow.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string | number | bigint | boolean | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers the platform produced itself ("-5") are data, not a user's text: only strings are guarded.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break; join lines with CRLF as RFC 4180 says). */
export function csvRow(values: readonly Parameters<typeof escapeCsvCell>[0][], delimiter = ','): string {
  return values.map((v) => escapeCsvCell(v, delimiter)).join(delimiter);
}
