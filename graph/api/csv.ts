/**
 * CSV made safe to open in a spreadsheet: the one guard every CSV Sakskart writes goes through,
 * the explorer's downloads (client/src/components/csv.ts) and the server's export bundle
 * (server/routes/exports/csvBundle.ts) alike. Pure, so the client (Vite) and the server share it.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` as a formula, and some strip a leading tab or CR first: `=HYPERLINK(…)` or
 * `+cmd|' /C calc'!A0` taken from a document's text would act when the file is opened. Such a cell
 * is written with a leading single quote (shown as text, the value otherwise kept). Numbers and
 * booleans Sakskart itself produced are written as they are: a count is data, never a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** Quoted when it holds a separator: the comma, and the semicolon Norwegian spreadsheets split on. */
const NEEDS_QUOTES = /[",;\r\n]/;

/** `text` with a leading single quote when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field (RFC 4180): text neutralised, then quoted when it holds a separator, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const s = neutraliseFormula(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated as RFC 4180 has it. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole file: a BOM (so spreadsheet programs read æøå right), then one record per row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map(csvRow).join('')}`;
}
