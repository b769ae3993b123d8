import { dependenciesOfBody } from './bodyDependencies.js';
import { parseBody, summaryOf } from './body.js';
import { citationsInText, PREVIOUS_TABLE, previousTreatmentsTable } from './citations.js';
import { meetingReferencesInText } from './meetingReferences.js';
import { caseHeading } from './caseNumbers.js';
import { splitRow } from './caseTypes.js';
import { findDates, parseDateSpan } from './dates.js';
import type { Gazetteer } from './gazetteer.js';
import { textOf, type SourceLine } from './lines.js';
import { topicsOfCase } from './topics.js';
import type { ParsedCase, ParsedDocument, ParsedMeeting, ParseWarning } from './types.js';

/** Labelled fields of a case note's metadata block: "Saksnummer: NUFA 05/24", "Møtedato: 7. februar 2024". */
const NUMBER_FIELD = /^\s*(?:Saksnummer|Saksnr\.?|Sak\s*nr\.?|Saknummer)\s*:\s*(.+)$/i;
const DATE_FIELD = /^\s*(?:Møtedato|Dato\s+for\s+møtet|Møte)\s*:\s*(.+)$/i;
const TYPE_FIELD = /^\s*(?:Sakstype|Type\s+sak)\s*:\s*(.+)$/i;
const FIELD = /^\s*[\p{L}][\p{L} .]{1,30}:\s*\S/u;
const NOTE_HEAD = /^\s*(?:Saksnotat|Saksframlegg|Saksfremlegg|Toppnotat|Notat)\b/i;
const PROPOSAL_HEAD = /^\s*(?:Forslag\s+til\s+(?:vedtak|beslutning|innstilling)|Innstilling)\s*:?\s*$/i;

/** A note's own number field: the committee it names (if any) and the number in any common form. */
function numberField(gaz: Gazetteer, lines: SourceLine[]): { number: string; committee?: string } | undefined {
  for (const l of lines) {
    const m = NUMBER_FIELD.exec(l.text);
    if (!m) continue;
    const named = gaz.committeesIn(m[1]!)[0];
    const rest = named ? m[1]!.slice(0, named.index) + m[1]!.slice(named.index + named.length) : m[1]!;
    const h = caseHeading(`Sak ${rest.trim()}`);
    if (h) return { number: h.number, ...(named ? { committee: named.entry.key } : {}) };
  }
  return undefined;
}

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
): { case?: ParsedCase; meetingFrom?: ParsedDocument; meeting?: ParsedMeeting; name: string } {
  const content = lines.filter((l) => !l.furniture && l.text.trim());
  const first = content[0];
  const marker = markedCase ? /_([^_]+)$/.exec(first?.text ?? '')?.[1]?.trim() : undefined;
  const titleLine = markedCase
    ? (content.find((l, i) => i > 0 && marker && l.text.trim() === marker) ?? content[1])
    : first;
  const field = markedCase ? undefined : numberField(gaz, content);
  // Pattern: a note published on its own opens with a metadata block ("Saksnotat", "Saksnummer: …",
  // "Møtedato: …"); its title is the line above "Forslag til vedtak", else the first line that is
  // neither the note's heading nor a field.
  const fieldTitle = () => {
    const p = content.findIndex((l) => PROPOSAL_HEAD.test(l.text));
    const above = p > 0 ? content[p - 1] : undefined;
    if (above && !FIELD.test(above.text) && !NOTE_HEAD.test(above.text)) return above;
    return content.find((l) => !FIELD.test(l.text) && !NOTE_HEAD.test(l.text));
  };
  const title = (marker ?? (field ? fieldTitle() : titleLine)?.text ?? '').trim();
  const agendaCases = context.flatMap((d) => d.cases.map((c) => ({ c, d })));

  let number = markedCase ?? field?.number;
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
  const committee = match?.c.committee ?? field?.committee ?? gaz.committeesIn(textOf(lines))[0]?.entry.key;
  if (!number || !committee) {
    warnings.push({
      line: first?.no ?? 1,
      message: `case note "${title}" names no case number that matches an agenda item; kept as a document only`,
    });
    return { name: `Toppnotat ${title}` };
  }
  const body = parseBody(gaz, lines, false);
  // The note's own meeting date and type fields, when no agenda in the file gives them.
  const dateField = content.map((l) => DATE_FIELD.exec(l.text)?.[1]).find(Boolean);
  const dates = dateField ? parseDateSpan(dateField) : undefined;
  const meeting: ParsedMeeting | undefined =
    !match && dates
      ? {
          committee,
          startDate: dates.start,
          endDate: dates.end,
          span: { lineStart: first?.no ?? 1, lineEnd: first?.no ?? 1, quote: dateField! },
        }
      : undefined;
  const typeField = content.map((l) => TYPE_FIELD.exec(l.text)?.[1]).find(Boolean);
  const type = typeField ? splitRow(`x ${typeField.trim()}`).type : undefined;
  const year = Number(
    meeting?.startDate.slice(0, 4) ??
      match?.d.meeting?.startDate.slice(0, 4) ??
      findDates(textOf(lines))[0]?.start.slice(0, 4) ??
      new Date().getFullYear(),
  );
  const tableStart = lines.findIndex((l) => PREVIOUS_TABLE.test(l.text));
  const tableFrom = tableStart < 0 ? Infinity : lines[tableStart]!.no;
  const citations = [
    ...body.paragraphs
      .filter((p) => p.span.lineStart < tableFrom)
      .flatMap((p) => citationsInText(gaz, p.text, p.span, committee, year)),
    ...previousTreatmentsTable(gaz, lines),
  ];
  // Meeting references anywhere in the note (also under "Vedtak fra tidligere behandlinger"); no
  // date is guessed when the note's agenda is not known.
  const noteDate = match?.d.meeting?.startDate ?? meeting?.startDate;
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
    ...(match?.c.type ? { type: match.c.type } : type ? { type } : {}),
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
  return {
    case: c,
    meetingFrom: match?.d,
    ...(meeting ? { meeting } : {}),
    name: `Toppnotat ${committee} ${number} ${c.title}`,
  };
}
