/**
 * CSV for spreadsheets, made safe to open. Every export of the explorer (action items, matrix,
 * who's who: see exports.ts) goes through `toCsv`, so the rules below hold for all of them.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` (and some strip a leading tab or CR first) as a formula: `=HYPERLINK(…)` or
 * `+cmd|' /C calc'!A0` from a document's text would act when the export is opened. Such a cell
 * is written with a leading single quote, the value otherwise kept as it is. Numbers the
 * explorer itself counted are written as numbers (a count is data, never a formula).
 */
export type CsvValue = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading single quote when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: neutralised when it could start a formula, quoted when it holds a separator. */
export function csvCell(value: CsvValue): string {
  const s = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with quoting, and a BOM so spreadsheet programs read æøå right. */
export function toCsv(rows: CsvValue[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
