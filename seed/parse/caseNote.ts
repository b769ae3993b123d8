import { dependenciesOfBody } from './bodyDependencies.js';
import { parseBody, summaryOf } from './body.js';
import { citationsInText, previousTreatmentsTable } from './citations.js';
import { meetingReferencesInText } from './meetingReferences.js';
import { findDates } from './dates.js';
import type { Gazetteer } from './gazetteer.js';
import { textOf, type SourceLine } from './lines.js';
import { topicsOfCase } from './topics.js';
import type { ParsedCase, ParsedDocument, ParseWarning } from './types.js';

const TITLE_WORDS = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\d ]+/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );

export function titleSimilarity(a: string, b: string): number {
  const x = TITLE_WORDS(a);
  const y = TITLE_WORDS(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * A case note (toppnotat) accompanies an agenda item. Its case is named by an attachment marker,
 * a bare case number in its metadata block, or, failing those, by its title matching an agenda row.
 */
export function parseCaseNote(
  gaz: Gazetteer,
  lines: SourceLine[],
  markedCase: string | undefined,
  context: ParsedDocument[],
  warnings: ParseWarning[],
): { case?: ParsedCase; meetingFrom?: ParsedDocument; name: string } {
  const content = lines.filter((l) => !l.furniture && l.text.trim());
  const first = content[0];
  const marker = markedCase ? /_([^_]+)$/.exec(first?.text ?? '')?.[1]?.trim() : undefined;
  const titleLine = markedCase
    ? (content.find((l, i) => i > 0 && marker && l.text.trim() === marker) ?? content[1])
    : first;
  const title = (marker ?? titleLine?.text ?? '').trim();
  const agendaCases = context.flatMap((d) => d.cases.map((c) => ({ c, d })));

  let number = markedCase;
  if (!number) {
    const bare = content.map((l) => /^\s*(\d{1,3})\/(\d{2})\s*$/.exec(l.text)).find(Boolean);
    if (bare) number = `${Number(bare[1])}/${bare[2]}`;
  }
  let match: (typeof agendaCases)[number] | undefined;
  if (number) {
    // Prefer the agenda of the meeting the note is for (the first document that lists the number).
    match =
      agendaCases.find(({ c, d }) => c.number === number && d.kind === 'agenda') ??
      agendaCases.find(({ c }) => c.number === number);
  } else {
    const best = agendaCases
      .map((x) => ({ ...x, score: titleSimilarity(x.c.title, title) + (x.d.kind === 'agenda' ? 0.01 : 0) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 0.6) {
      match = best;
      number = best.c.number;
    }
  }
  const committee = match?.c.committee ?? gaz.committeesIn(textOf(lines))[0]?.entry.key;
  if (!number || !committee) {
    warnings.push({
      line: first?.no ?? 1,
      message: `case note "${title}" names no case number that matches an agenda item; kept as a document only`,
    });
    return { name: `Toppnotat ${title}` };
  }
  const body = parseBody(gaz, lines, false);
  const year = Number(
    match?.d.meeting?.startDate.slice(0, 4) ??
      findDates(textOf(lines))[0]?.start.slice(0, 4) ??
      new Date().getFullYear(),
  );
  const tableStart = lines.findIndex((l) => /^\s*Vedtak\s+fra\s+tidligere/i.test(l.text));
  const tableFrom = tableStart < 0 ? Infinity : lines[tableStart]!.no;
  const citations = [
    ...body.paragraphs
      .filter((p) => p.span.lineStart < tableFrom)
      .flatMap((p) => citationsInText(gaz, p.text, p.span, committee, year)),
    ...previousTreatmentsTable(gaz, lines),
  ];
  // Meeting references anywhere in the note (also under "Vedtak fra tidligere behandlinger"); no
  // date is guessed when the note's agenda is not known.
  const noteDate = match?.d.meeting?.startDate;
  for (const p of body.paragraphs) {
    const refs = meetingReferencesInText(gaz, p.text, p.span, { committee, ...(noteDate ? { date: noteDate } : {}) });
    citations.push(...refs.refs);
    warnings.push(...refs.warnings);
  }
  const proposed = body.proposedDecision ?? body.decision;
  const c: ParsedCase = {
    committee,
    number,
    title: match?.c.title ?? title,
    presenters: body.presenters.filter((p) => !p.person),
    statements: [],
    actionItems: [],
    citations,
    topics: [],
    span: { lineStart: first?.no ?? 1, lineEnd: lines[lines.length - 1]?.no ?? 1, quote: title },
    ...(proposed ? { proposedDecision: proposed } : {}),
  };
  c.dependencies = dependenciesOfBody(gaz, body, lines, number);
  const summary = summaryOf(body.paragraphs.filter((p) => p.span.lineStart < tableFrom && p.text !== title));
  if (summary) c.summary = summary;
  // The opening paragraphs decide the main subject; a naming further down is a mention.
  c.topics = topicsOfCase(
    gaz,
    c,
    body.paragraphs
      .slice(0, 3)
      .map((p) => p.text)
      .join(' '),
    body.paragraphs.map((p) => p.text).join(' '),
  );
  return { case: c, meetingFrom: match?.d, name: `Toppnotat ${committee} ${number} ${c.title}` };
}
