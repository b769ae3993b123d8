/*
 * Text hygiene of the XML exports. CSV cells go through the guard shared with the client
 * (graph/api/csv.ts).
 */

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes; lone surrogates
// and U+FFFE/U+FFFF are not characters. PDF text extraction yields form feeds and other controls.
const NOT_XML =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The text without the characters XML 1.0 does not allow (they cannot be escaped either). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
