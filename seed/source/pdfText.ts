import { LimitError, limitMessages, type ParseLimits } from '../sandbox/parseLimits.js';
import { inflatesOver } from './pdfInflated.js';
import { layoutPage, type TextPiece } from './pdfLayout.js';

/**
 * Text of a PDF via pdfjs-dist, one output line per text line and one per table row (cells split
 * by tabs, see pdfLayout.ts), pages separated by blank lines, so the plain-text parser sees the
 * shapes of a text file. With limits, a
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
      items += content.items.length;
      if (limits && items > limits.maxTextItems) throw new LimitError(limitMessages.textItems(limits));
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x: x!, y: y!, width: item.width, height: item.height || Math.hypot(a!, b!) });
      }
      pages.push(layoutPage(pieces).join('\n'));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n\n');
}
