import { parseBody, summaryOf, type BodyResult } from './body.js';
import { dependenciesOfBody } from './bodyDependencies.js';
import { splitRow } from './caseTypes.js';
import { citationsInText } from './citations.js';
import { meetingReferencesInText } from './meetingReferences.js';
import type { Gazetteer } from './gazetteer.js';
import { caseHeading } from './caseNumbers.js';
import { TABLE_HEADER } from './header.js';
import { isBlank, joinWrapped, textOf, type SourceLine } from './lines.js';
import { topicsOfCase } from './topics.js';
import { SCHEDULE_BREAK } from './schedule.js';
import type { ParsedCase, ParseWarning, Span } from './types.js';

/** The meeting a case list belongs to, as far as it is known: the year may come from case numbers alone. */
export interface CaseContext {
  committee: string;
  year: number;
  /** The meeting's date, when the document states one: "forrige møte" and yearless dates are relative to it. */
  date?: string;
}

/** Pattern: a bare item number in a case table ("01 Godkjenning …", "Sak 3 Budsjett"); the year comes from the meeting. */
const BARE_ROW = /^\s*(?:Sak\s+(\d{1,3})|(0\d))[.):]?\s+(\p{Lu}.*)$/u;
/** Pattern: the first number cut off by the PDF text layer ("/19 Godkjenning av innkalling"). */
const CUT_ROW = /^\s*\/\s*(\d{2})\s+(\p{Lu}.*)$/u;
const CUT = '?';

const JOINT_HEADER =
  /^\s*(?:Felles\s+)?[Dd]røfting\s+av\s+sak(?:ene)?\s+(\d{1,3}\/\d{2})((?:\s*(?:,|og)\s*(?:sak\s+)?\d{1,3}\/\d{2})+)\.?\s*$/;
const BODY_MARKER = /(?:Vedtak|Forslag til vedtak|Følgende innspill|•|orienterte|presenterte|ønsker å|Aksjonspunkt)/i;

interface Segment {
  /** Which case table the segment sits under: 1 is the overview table of a document that has several. */
  region: number;
  numbers: string[];
  header: SourceLine;
  headerText: string;
  lines: SourceLine[];
  /** A time the row opens with ("09:00 | NUIT 08/24 | …"). */
  time?: string;
}

function caseNumber(n: string, y: string): string {
  return `${Number(n)}/${y}`;
}

/** Cuts the case part of an agenda or minutes into one segment per case occurrence. */
function segments(lines: SourceLine[], year: number): Segment[] {
  const out = rawSegments(lines, year);
  // A cut number is the one before the next row's ("/18" above "02/18" is 1/18).
  out.forEach((seg, k) => {
    const n = seg.numbers[0]!;
    if (!n.startsWith(CUT)) return;
    const next = out.slice(k + 1).find((s) => !s.numbers[0]!.startsWith(CUT))?.numbers[0];
    const [a, y] = (next ?? '').split('/');
    seg.numbers = next && y === n.slice(2) && Number(a) > 1 ? [`${Number(a) - 1}/${y}`] : [];
  });
  return out.filter((seg) => seg.numbers.length);
}

/** A line that ends mid-sentence ("… behandlet en tidligere versjon i sak"): what follows continues it. */
const MID_SENTENCE =
  /(?:\b(?:sak|saken|sakene|saka|i|til|av|og|fra|frå|om|jf\.?|se|under|etter|med|ved|nr\.?|viste|vedtaket|vedtak)|,)\s*$/i;

/**
 * Pattern: a line break inside running text puts a case number at the start of a line ("… i sak\n
 * 24/23 i juni …"); that is a reference, not a case heading. A heading follows a blank line, a
 * line ending a sentence or another row; not a line ending on a preposition or "sak".
 */
function continuesSentence(prev: SourceLine | undefined, rest: string): boolean {
  if (!prev || isBlank(prev)) return false;
  const p = prev.text.trim();
  if (/[.:!?;)»]$/.test(p)) return false;
  return MID_SENTENCE.test(p) || /^\p{Ll}/u.test(rest);
}

function rawSegments(lines: SourceLine[], year: number): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | undefined;
  let region = 0;
  const yy = year % 100;
  let prev: SourceLine | undefined;
  for (const line of lines) {
    if (line.furniture) continue;
    const before = prev;
    prev = line;
    const joint = JOINT_HEADER.exec(line.text);
    if (joint) {
      const numbers = [joint[1]!, ...[...joint[2]!.matchAll(/\d{1,3}\/\d{2}/g)].map((m) => m[0])].map((n) => {
        const [a, b] = n.split('/');
        return caseNumber(a!, b!);
      });
      cur = { region, numbers, header: line, headerText: '', lines: [] };
      out.push(cur);
      continue;
    }
    const h = caseHeading(line.text);
    if (h && Math.abs(h.yy - yy) <= 1 && !continuesSentence(before, h.rest)) {
      cur = {
        region,
        numbers: [h.number],
        header: line,
        headerText: h.rest,
        lines: [],
        ...(h.time ? { time: h.time } : {}),
      };
      out.push(cur);
      continue;
    }
    if (TABLE_HEADER.test(line.text) && !/[.:]$/.test(line.text.trim())) {
      region++;
      cur = undefined;
      continue;
    }
    if (region > 0 && !(cur && isBody(cur))) {
      const bare = BARE_ROW.exec(line.text);
      if (bare && Number(bare[1] ?? bare[2]) > 0) {
        const n = caseNumber(bare[1] ?? bare[2]!, String(yy).padStart(2, '0'));
        cur = { region, numbers: [n], header: line, headerText: bare[3]!.trim(), lines: [] };
        out.push(cur);
        continue;
      }
      const cut = CUT_ROW.exec(line.text);
      if (cut && Math.abs(Number(cut[1]) - yy) <= 1) {
        cur = { region, numbers: [`${CUT}/${cut[1]}`], header: line, headerText: cut[2]!.trim(), lines: [] };
        out.push(cur);
        continue;
      }
    }
    if (SCHEDULE_BREAK.test(line.text) && cur && !isBody(cur)) continue;
    cur?.lines.push(line);
  }
  return out;
}

function afterTitle(headerText: string, title: string): string | undefined {
  const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
  const h = norm(headerText);
  const t = norm(title);
  if (!t || h.length <= t.length + 1 || !h.toLowerCase().startsWith(t.toLowerCase())) return undefined;
  const rest = h.slice(t.length).replace(/^[\s:.–-]+/, '');
  // Only a type or time column after the title ("… departementet Beslutning") is no body text.
  return rest && splitRow(`x ${rest}`).title !== 'x' ? rest : undefined;
}

function isBody(seg: Segment): boolean {
  const text = textOf(seg.lines);
  return BODY_MARKER.test(text) || text.length > 250;
}

/** Lines that continue a wrapped agenda row: up to the first blank line after text, breaks excluded. */
function rowText(seg: Segment): string {
  const parts = [seg.headerText];
  for (const l of seg.lines) {
    if (isBlank(l) || SCHEDULE_BREAK.test(l.text)) continue;
    parts.push(l.text);
  }
  return joinWrapped(parts);
}

/** A title line that cannot end here: a hyphen, dash, comma or a word that needs what follows. */
const OPEN_END =
  /(?:[-–—,/&(]|\b(?:og|eller|samt|i|for|av|til|med|om|på|fra|frå|ved|mot|under|etter|før|mellom|innen|innan|og\/eller))\s*$/iu;
/**
 * A sentence end inside or at the end of a line: body text, not a title. Before a capital or the
 * line's end, and not after an initial ("27. – 28. april 2022" is a date, not two sentences).
 */
const SENTENCE_END = /[\p{L}\d]{2}[.!?](?:\s+[\p{Lu}\d]|\s*$)/u;

/**
 * Whether `next` continues a case title wrapped after `sofar`. Minutes often start the case text
 * on the line after the heading, with no blank line between: a line that reads as a sentence, or
 * starts a new one (a capital after a complete title), is body text. A title is continued when
 * its line cannot end where it does, or when the next line goes on in lower case.
 */
export function titleContinues(sofar: string, next: string): boolean {
  const t = next.trim();
  if (!t) return false;
  if (OPEN_END.test(sofar)) return true;
  if (SENTENCE_END.test(t)) return false;
  return /^[\p{Ll}\d(]/u.test(t);
}

/**
 * Whether a short segment holds a sentence after its title ("Sak 15/23 Eventuelt" / "Ingen saker."):
 * then it is a case's text, however short, and not a wrapped row of an agenda table.
 */
function hasSentence(seg: Segment): boolean {
  let sofar = seg.headerText;
  let inTitle = true;
  for (const l of seg.lines) {
    if (isBlank(l) || SCHEDULE_BREAK.test(l.text)) {
      inTitle = false;
      continue;
    }
    if (inTitle && titleContinues(sofar, l.text)) {
      sofar = l.text;
      continue;
    }
    inTitle = false;
    if (SENTENCE_END.test(l.text.trim())) return true;
  }
  return false;
}

/**
 * The title in a body segment's header, with its wrapped continuation (see titleContinues), and
 * how many of the segment's lines that continuation took: they are title, not case text.
 */
function bodyTitle(seg: Segment): { title: string; type?: string; lines: number } {
  const parts = [seg.headerText];
  let taken = 0;
  for (const l of seg.lines) {
    if (isBlank(l)) break;
    if (/^\s/.test(l.text) || BODY_MARKER.test(l.text)) break;
    if (!titleContinues(parts[parts.length - 1]!, l.text)) break;
    parts.push(l.text);
    taken++;
  }
  return { ...splitRow(joinWrapped(parts)), lines: taken };
}

/**
 * Reads every case of an agenda or minutes. Agenda tables list cases as rows ("37/22 Plan …
 * 12:15 Drøfting"); the same numbers then head the case text. Rows give title, type, time and
 * order; bodies give decisions, statements and the rest.
 */
export function parseCases(
  gaz: Gazetteer,
  lines: SourceLine[],
  meeting: CaseContext,
  kind: 'agenda' | 'minutes',
  warnings: ParseWarning[],
): ParsedCase[] {
  const year = meeting.year;
  const byNumber = new Map<string, ParsedCase>();
  const bodies = new Map<string, BodyResult[]>();
  let order = 0;
  const get = (number: string, seg: Segment): ParsedCase => {
    let c = byNumber.get(number);
    if (!c) {
      c = {
        committee: meeting.committee,
        number,
        title: '',
        presenters: [],
        statements: [],
        actionItems: [],
        citations: [],
        topics: [],
        span: { lineStart: seg.header.no, lineEnd: seg.header.no, quote: seg.header.text.trim() },
      };
      byNumber.set(number, c);
    }
    return c;
  };
  const segs = segments(lines, year);
  // With two or more case tables, the first is the overview and the rest hold the case texts.
  const regions = new Set(segs.map((s) => s.region)).size;
  const rowLike = (seg: Segment) =>
    (regions >= 2 ? seg.region <= 1 && !isBody(seg) : !isBody(seg)) && !hasSentence(seg);
  for (const seg of segs) {
    const last = seg.lines[seg.lines.length - 1] ?? seg.header;
    if (seg.numbers.length > 1) {
      // A joint discussion: its statements belong to every case discussed.
      const body = parseBody(gaz, seg.lines, kind === 'minutes');
      for (const n of seg.numbers) {
        const c = get(n, seg);
        c.statements.push(...body.statements);
        c.citations.push(
          ...seg.numbers
            .filter((o) => o !== n)
            .map((o) => ({
              kind: 'joint-discussion' as const,
              committee: meeting.committee,
              number: o,
              context: seg.header.text.trim(),
              span: { lineStart: seg.header.no, lineEnd: seg.header.no, quote: seg.header.text.trim() },
            })),
        );
      }
      continue;
    }
    const number = seg.numbers[0]!;
    const c = get(number, seg);
    if (rowLike(seg)) {
      const row = splitRow(rowText(seg));
      if (!c.title) c.title = row.title;
      c.type ??= row.type;
      c.time ??= row.time ?? seg.time;
      c.order ??= ++order;
      c.span = {
        lineStart: seg.header.no,
        lineEnd: last.no,
        quote: joinWrapped([seg.header.text, ...seg.lines.map((l) => l.text)]),
      };
      continue;
    }
    const head = bodyTitle(seg);
    if (!c.title) c.title = head.title;
    c.type ??= head.type;
    c.order ??= ++order;
    // Pattern: flattened text puts a case heading and its first paragraph on one line; the
    // heading repeats the agenda title, so what follows the title is body text.
    const rest = afterTitle(seg.headerText, c.title);
    // Lines that continued this heading's title are no case text (an agenda's title, kept, may differ).
    const text = c.title === head.title ? seg.lines.slice(head.lines) : seg.lines;
    const bodyLines = rest ? [{ ...seg.header, text: rest }, ...text] : text;
    const body = parseBody(gaz, bodyLines, kind === 'minutes');
    (bodies.get(number) ?? bodies.set(number, []).get(number)!).push(body);
    (c.dependencies ??= []).push(...dependenciesOfBody(gaz, body, lines, number));
    if (body.decision) c.decision = body.decision;
    if (body.proposedDecision) c.proposedDecision = body.proposedDecision;
    c.summary ??= summaryOf(body.paragraphs);
    c.presenters.push(...body.presenters);
    c.statements.push(...body.statements);
    c.actionItems.push(...body.actionItems);
    const refsIn = (text: string, sp: Span) => {
      const refs = meetingReferencesInText(gaz, text, sp, {
        committee: meeting.committee,
        ...(meeting.date ? { date: meeting.date } : {}),
      });
      c.citations.push(...refs.refs);
      warnings.push(...refs.warnings);
    };
    for (const p of body.paragraphs) {
      c.citations.push(...citationsInText(gaz, p.text, p.span, meeting.committee, year));
      refsIn(p.text, p.span);
    }
    const decisionSpan = (text: string) => ({ lineStart: seg.header.no, lineEnd: last.no, quote: text });
    if (body.decision) {
      c.citations.push(...citationsInText(gaz, body.decision, decisionSpan(body.decision), meeting.committee, year));
      refsIn(body.decision, decisionSpan(body.decision));
    }
    // Meeting references are also made in proposed decisions, inputs, answers and action items
    // ("… som legges frem til beslutning i neste møte", "svarte at tidsplanen legges fram i NUIT i februar").
    if (body.proposedDecision && body.proposedDecision !== body.decision)
      refsIn(body.proposedDecision, decisionSpan(body.proposedDecision));
    for (const st of body.statements.flatMap((x) => [x, ...x.responses])) refsIn(st.text, st.span);
    for (const a of body.actionItems) refsIn(a.text, a.span);
    for (const a of body.actionItems) {
      const m = /\b(?:ny|egen)\s+sak\s+i\s+(.+)/i.exec(a.text);
      const target = m ? gaz.committeesIn(m[1]!)[0] : undefined;
      if (target) c.citations.push({ kind: 'follow-up', committee: target.entry.key, context: a.text, span: a.span });
    }
  }
  const cases = [...byNumber.values()];
  for (const c of cases) {
    if (!c.title) {
      warnings.push({ line: c.span.lineStart, message: `case ${c.committee} ${c.number} has no title` });
      c.title = `Sak ${c.number}`;
    }
    const bodyText = (bodies.get(c.number) ?? []).flatMap((b) => b.paragraphs.map((p) => p.text)).join(' ');
    c.topics = topicsOfCase(gaz, c, bodyText, bodyText);
  }
  return cases;
}
