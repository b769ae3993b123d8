/*
 * Cell and text hygiene of the exports. The CSV guard is meant to be replaced by the shared one
 * the server gets (hostile-server branch): every CSV cell of the exports goes through `csvSafe`.
 */

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes; lone surrogates
// and U+FFFE/U+FFFF are not characters. PDF text extraction yields form feeds and other controls.
const NOT_XML =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The text without the characters XML 1.0 does not allow (they cannot be escaped either). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula:
 * such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const v = csvSafe(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const csvRow = (values: readonly (string | number | boolean | undefined | null)[]) =>
  `${values.map(csvField).join(',')}\r\n`;
