/**
 * Text as XML 1.0 allows it. Characters outside the Char production (C0 controls other than tab,
 * LF and CR; U+FFFE and U+FFFF; lone surrogates) make a feed ill-formed even when escaped, so
 * readers drop the whole feed: they are removed, every other character kept.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '');
}
