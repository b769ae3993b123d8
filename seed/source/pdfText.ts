import { LimitError, limitMessages, type ParseLimits } from '../sandbox/parseLimits.js';
import { inflatesOver } from './pdfInflated.js';

/**
 * Text of a PDF via pdfjs-dist, one output line per text line, pages separated by form feeds, so
 * the plain-text parser sees the same shapes as in text extracted by other tools. With limits, a
 * PDF whose streams inflate past the limit is refused before pdf.js reads it, and pages and text
 * items are counted as they are read.
 */
export async function pdfToText(bytes: Uint8Array, limits?: ParseLimits): Promise<string> {
  if (limits && (await inflatesOver(bytes, limits.maxInflatedBytes)))
    throw new LimitError(limitMessages.inflated(limits));
  let items = 0;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  try {
    if (limits && doc.numPages > limits.maxPages) throw new LimitError(limitMessages.pages(limits, doc.numPages));
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      let lastY: number | undefined;
      items += content.items.length;
      if (limits && items > limits.maxTextItems) throw new LimitError(limitMessages.textItems(limits));
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== undefined && Math.abs(y - lastY) > 1 && line) {
          lines.push(line);
          line = '';
        }
        line += item.str;
        lastY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
          lastY = undefined;
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join('\n'));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n\n');
}
