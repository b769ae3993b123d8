import type { BodyResult } from './body.js';
import { readDependencies, type LineLocator, type Passage, type ParsedDependency } from './dependencies.js';
import type { Gazetteer } from './gazetteer.js';
import type { SourceLine } from './lines.js';

/** Letters and digits only: joined lines lose hyphens and spaces, so both sides are compared without them. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Finds a sentence's lines in the source by its letters, whatever wrapping and hyphenation did to it. */
export function lineLocator(lines: SourceLine[]): LineLocator {
  const first = lines[0]?.no ?? 1;
  return (span, sentence) => {
    const chars: number[] = [];
    let stream = '';
    for (let no = span.lineStart; no <= span.lineEnd; no++) {
      const l = lines[no - first];
      if (!l || l.furniture) continue;
      const sq = squash(l.text);
      stream += sq;
      for (let i = 0; i < sq.length; i++) chars.push(no);
    }
    const needle = squash(sentence);
    const at = needle ? stream.indexOf(needle) : -1;
    if (at < 0) return { lineStart: span.lineStart, lineEnd: span.lineEnd };
    return { lineStart: chars[at]!, lineEnd: chars[at + needle.length - 1]! };
  };
}

/** The passages of a case text: each statement with its replies, and the running paragraphs no statement covers. */
export function passagesOfBody(body: Pick<BodyResult, 'statements' | 'paragraphs'>): Passage[] {
  const spans = new Set(body.statements.map((s) => `${s.span.lineStart}-${s.span.lineEnd}`));
  return [
    ...body.statements.map((s) => ({
      span: s.span,
      units: [
        { text: s.text, speakers: s.raisers, replyTo: [] },
        ...s.responses.map((r) => ({ text: r.text, speakers: r.raisers, replyTo: s.raisers })),
      ],
    })),
    ...body.paragraphs
      .filter((p) => !spans.has(`${p.span.lineStart}-${p.span.lineEnd}`))
      .map((p) => ({ span: p.span, units: [{ text: p.text, speakers: [], replyTo: [] }] })),
  ].sort((a, b) => a.span.lineStart - b.span.lineStart);
}

/** Topic dependencies stated in one case text, with the lines of the document they stand on. */
export function dependenciesOfBody(
  gaz: Gazetteer,
  body: Pick<BodyResult, 'statements' | 'paragraphs'>,
  lines: SourceLine[],
  caseKey: string,
): ParsedDependency[] {
  return readDependencies(gaz, passagesOfBody(body), lineLocator(lines), caseKey);
}
