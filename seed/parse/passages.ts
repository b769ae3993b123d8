import type { SourceLine } from './lines.js';
import type { ParsedPassage } from './types.js';

const MAX_PASSAGE = 1200;

/**
 * A document's text as passages: paragraphs (blank-line separated), long ones cut at line ends,
 * page furniture left out. Offsets are character positions in the file, so a passage can be
 * found again in the source.
 */
export function passagesOf(lines: SourceLine[], lineOffsets: number[]): ParsedPassage[] {
  const out: ParsedPassage[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (!cur.length) return;
    const text = cur
      .map((l) => l.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) {
      const first = cur[0]!;
      out.push({
        text,
        lineStart: first.no,
        lineEnd: cur[cur.length - 1]!.no,
        offset: (lineOffsets[first.no - 1] ?? 0) + (first.text.length - first.text.trimStart().length),
      });
    }
    cur = [];
  };
  let size = 0;
  for (const l of lines) {
    if (l.furniture) continue;
    if (!l.text.trim()) {
      flush();
      size = 0;
      continue;
    }
    if (size + l.text.length > MAX_PASSAGE) {
      flush();
      size = 0;
    }
    cur.push(l);
    size += l.text.length + 1;
  }
  flush();
  return out;
}

/** Character offset of each line's start in the file (lines as split by toLines). */
export function lineOffsets(text: string): number[] {
  const out = [0];
  const normalised = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < normalised.length; i++) if (normalised[i] === '\n') out.push(i + 1);
  return out;
}
