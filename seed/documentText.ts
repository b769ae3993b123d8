import { toLines } from './parse/lines.js';
import type { DocumentRecord } from './write/records.js';

/**
 * Gives each document its own lines of the file, numbered as the parser numbered them, so the
 * source viewer can show a document whole and highlight the lines a fact was read from.
 */
export function withDocumentText<T extends Pick<DocumentRecord, 'lineStart' | 'lineEnd'>>(
  documents: T[],
  fileText: string,
): (T & { text: string })[] {
  const lines = toLines(fileText);
  return documents.map((d) => ({
    ...d,
    text: lines
      .slice(d.lineStart - 1, d.lineEnd)
      .map((l) => l.text)
      .join('\n'),
  }));
}
