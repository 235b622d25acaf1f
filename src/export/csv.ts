// RFC 4180 CSV writer: CRLF line ends, fields quoted only when needed, quotes doubled, optional UTF-8 BOM,
// and string cells that a spreadsheet would run as a formula made inert (OWASP "CSV injection").
// Hand-written: papaparse (the only small-ish library with formula escaping) adds ~7 KB gzip of parser we
// don't need, and csv-stringify has no formula escaping.

/** A cell: strings are text, numbers stay numbers, null and undefined are empty cells. */
export type CsvCell = string | number | null | undefined;
export type CsvRow = readonly CsvCell[];

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads non-Latin text as UTF-8. Default true (downloads). */
  readonly bom?: boolean;
}

export const CSV_BOM = '\uFEFF';

/** First characters that make a spreadsheet treat a cell as a formula (OWASP), with their full-width
 * forms, which some Excel locales also accept. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A string cell made inert by a leading apostrophe when it could start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as written to the file. Non-finite numbers have no spreadsheet value and are left empty. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record; a lone empty field is written as "" so the line is not read as blank and skipped. */
function csvRecord(row: CsvRow): string {
  const line = row.map(csvField).join(',');
  return line === '' && row.length === 1 ? '""' : line;
}

/** The rows as one CSV text, each record ended by CRLF. */
export function toCsv(rows: readonly CsvRow[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${csvRecord(row)}\r\n`).join('');
  return (options.bom ?? true) ? CSV_BOM + body : body;
}
