import type { BodyResult } from './body.js';
import { readDependencies, type LineLocator, type Passage, type ParsedDependency } from './dependencies.js';
import type { Gazetteer } from './gazetteer.js';
import type { SourceLine } from './lines.js';

/** Letters and digits only: joined lines lose hyphens and spaces, so both sides are compared without them. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Finds a sentence's lines in the source by its letters, whatever wrapping and hyphenation did to it.
 * A passage's letters are squashed once, and its sentences are looked for from where the one
 * before was found (they are read in order): rebuilding and searching the whole passage for each
 * sentence was quadratic in its length. A sentence not found there is looked for from the start.
 */
export function lineLocator(lines: SourceLine[]): LineLocator {
  const first = lines[0]?.no ?? 1;
  const streams = new Map<string, { stream: string; chars: number[]; from: number; found: Map<string, number> }>();
  const streamOf = (lineStart: number, lineEnd: number) => {
    const key = `${lineStart}-${lineEnd}`;
    let s = streams.get(key);
    if (!s) {
      const chars: number[] = [];
      const parts: string[] = [];
      for (let no = lineStart; no <= lineEnd; no++) {
        const l = lines[no - first];
        if (!l || l.furniture) continue;
        const sq = squash(l.text);
        parts.push(sq);
        for (let i = 0; i < sq.length; i++) chars.push(no);
      }
      s = { stream: parts.join(''), chars, from: 0, found: new Map() };
      streams.set(key, s);
    }
    return s;
  };
  return (span, sentence) => {
    const s = streamOf(span.lineStart, span.lineEnd);
    const needle = squash(sentence);
    let at = needle ? (s.found.get(needle) ?? s.stream.indexOf(needle, s.from)) : -1;
    if (needle && at < 0) at = s.stream.indexOf(needle);
    if (at < 0) return { lineStart: span.lineStart, lineEnd: span.lineEnd };
    s.found.set(needle, at);
    s.from = at;
    return { lineStart: s.chars[at]!, lineEnd: s.chars[at + needle.length - 1]! };
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
