import type { Gazetteer } from './gazetteer.js';
import { findDates, MONTH_NAMES } from './dates.js';
import { splitSentences } from './sentences.js';
import type { ParsedCitation, ParseWarning, Span } from './types.js';

/*
 * References to a committee's meeting that name no case number, in the words committee documents
 * use: "ble kort presentert i Nasjonalt e-helseråd og NUIT i mai/juni møtene", "drøftet i forrige
 * NUIT", "legges frem for Nasjonalt e-helseråd den 2. desember", "behandles i møtet 3/2022 i NUFA".
 * A reference needs a committee (any name or alias of the registry, or "forrige/neste møte" for
 * the document's own committee), a treatment verb that says past or planned, and a time cue.
 */

const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH = `(?:${MONTHS.join('|')})`;
const MONTH_LIST = `${MONTH}(?:\\s*(?:\\/|,|[-–]|og|eller)\\s*${MONTH})*`;

/** Planned: "legges frem for", "skal behandles i", "tas opp i", "vil bli presentert i". */
const PLANNED =
  /\b(?:utsatt\s+til|utsett\s+til|kommer\s+tilbake|kjem\s+tilbake|ny\s+sak|leggjast\s+fr[ae]m|leggje\s+fr[ae]m|skal\s+leggast\s+fr[ae]m|legges\s+fr[ae]m|følges\s+opp|fremlegges|fremmes|forelegges|tas\s+opp|skal\s+(?:\p{L}+\s+){0,3}?(?:behandles|drøftes|presenteres|diskuteres|forankres|legges|tas|opp)|vil\s+(?:\p{L}+\s+){0,3}?(?:behandles|drøftes|presenteres|legges|tas|bli)|planlegges|planlagt|behandles|drøftes|presenteres)\b/iu;
/** Past: "ble presentert i", "drøftet i forrige NUIT", "har vært behandlet i", "vedtok". */
const PAST =
  /\b(?:presentert|drøftet|behandlet|diskutert|orientert|orienterte|vedtatt|vedtok|godkjent|godkjente|besluttet|anbefalte|tilsluttet|fremlagt|lagt\s+fr[ae]m|tatt\s+opp|forankret|gjennomgått)\b/iu;
/** Present tense: the time cue says whether past or planned ("legger fram … i neste møte"). */
const PRESENT = /\b(?:legger\s+fr[ae]m|presenterer|orienterer\s+om|tar\s+opp)\b/iu;
/** Sentences with a case number are citations (citations.ts), not meeting references. */
const CASE_NUMBER = /\b(?:sak\s+)?\d{1,3}\s*\/\s*\d{2}\b(?!\d)/i;

// "forrige NUIT", "forrige møte i NUIT", "forrige NUIT-møte", "NUITs forrige møte"
const RELATIVE_BEFORE = /\b(forrige|førre|neste|kommende)\s+(?:møte(?:t)?\s+(?:i|til|for)\s+)?$/iu;
const RELATIVE_AFTER =
  /^(?:s|'s|\s+sitt)?\s*(?:[-–]?\s*)?(?:(?:i|på)\s+)?(?:(forrige|førre|neste|kommende)\s+)?møte(?:t)?\b/iu;
const RELATIVE_BARE = /\b(forrige|førre|neste|kommende)\s+møte(?:t)?\b/iu;
// "i mai/juni møtene", "i mai-møtet", "junimøtet", "møtet i mai 2022", "møtene i mai og juni"
const MONTHS_BEFORE_MEETING = new RegExp(`(?<![\\p{L}])(${MONTH_LIST})\\s*[-–]?\\s*møte(?:t|ne|r)?(?![\\p{L}])`, 'iu');
const MEETING_IN_MONTHS = new RegExp(
  `(?<![\\p{L}])møte(?:t|ne|r)?\\s+i\\s+(${MONTH_LIST})(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'iu',
);
const MONTHS_WITH_YEAR = new RegExp(`^\\s*(\\d{4})\\b`);
// "drøftet i NUFA og NUIT i mai", "NUIT drøftet anbefalingen i februar 2018"
const IN_MONTHS = new RegExp(`(?<![\\p{L}])i\\s+(${MONTH_LIST})(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'iu');
// "i møtet 3/2022", "møte nr. 3/2022", "møte 3-2022"
const MEETING_NUMBER = /\bmøte(?:t)?\s+(?:nr\.?\s*)?(\d{1,2})\s*[/-]\s*(\d{4})\b/iu;
/** A date within this many characters of the committee's name belongs to the reference. */
const NEAR = 70;
/** Year given to dates written without one, to tell them apart (no committee met in year 1). */
const NO_YEAR = 1;

export interface MeetingRefContext {
  /** The citing case's committee: "forrige møte" without a name means its previous meeting. */
  committee: string;
  /** ISO date of the document's meeting; without it, no year is guessed. */
  date?: string;
}

export interface MeetingRefResult {
  refs: ParsedCitation[];
  warnings: ParseWarning[];
}

type Cue =
  | { kind: 'date'; date: string; yearless: boolean }
  | { kind: 'months'; months: number[]; year?: number }
  | { kind: 'number'; number: string }
  | { kind: 'relative'; relative: 'previous' | 'next' };

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

function monthsIn(list: string): number[] {
  const names = list.match(new RegExp(MONTH, 'giu')) ?? [];
  const ms = names.map(monthOf);
  // "mai–juli" is a range; "mai/juni" and "mai og juni" are the months named.
  if (ms.length === 2 && /[-–]/.test(list) && ms[1]! > ms[0]! + 1)
    return Array.from({ length: ms[1]! - ms[0]! + 1 }, (_, i) => ms[0]! + i);
  return [...new Set(ms)].sort((a, b) => a - b);
}

/**
 * The year of a month or date written without one: the document's year, moved back for a past
 * reference to a later month ("drøftet i desember" in a January document) and forward for a
 * planned one to an earlier month ("legges frem i januar" in a December document).
 */
function yearFor(month: number, direction: 'earlier' | 'later', docDate: string): number {
  const year = Number(docDate.slice(0, 4));
  const docMonth = Number(docDate.slice(5, 7));
  if (direction === 'earlier' && month > docMonth) return year - 1;
  if (direction === 'later' && month < docMonth) return year + 1;
  return year;
}

/** The time cue of a reference to the committee named at `at` (length `len`) in `s`. */
function cueFor(s: string, at: number, len: number): Cue | undefined {
  const before = s.slice(0, at);
  const after = s.slice(at + len);
  const rb = RELATIVE_BEFORE.exec(before);
  if (rb) return { kind: 'relative', relative: /^f(?:orrige|ørre)$/i.test(rb[1]!) ? 'previous' : 'next' };
  const ra = RELATIVE_AFTER.exec(after);
  if (ra?.[1]) return { kind: 'relative', relative: /^f(?:orrige|ørre)$/i.test(ra[1]) ? 'previous' : 'next' };
  const num = MEETING_NUMBER.exec(s);
  if (num) return { kind: 'number', number: `${Number(num[1])}/${num[2]}` };
  const near = findDates(s, NO_YEAR)
    .map((d) => ({ d, gap: d.index >= at + len ? d.index - (at + len) : at - (d.index + d.length) }))
    .filter((x) => x.gap >= 0 && x.gap <= NEAR)
    .sort((a, b) => a.gap - b.gap)[0];
  if (near) return { kind: 'date', date: near.d.start, yearless: near.d.start.startsWith('0001') };
  const mb = MONTHS_BEFORE_MEETING.exec(s);
  if (mb) {
    const year = MONTHS_WITH_YEAR.exec(s.slice(mb.index + mb[0].length))?.[1];
    return { kind: 'months', months: monthsIn(mb[1]!), ...(year ? { year: Number(year) } : {}) };
  }
  const mi = MEETING_IN_MONTHS.exec(s) ?? IN_MONTHS.exec(s);
  if (mi) return { kind: 'months', months: monthsIn(mi[1]!), ...(mi[2] ? { year: Number(mi[2]) } : {}) };
  return undefined;
}

/**
 * Meeting references in one paragraph of a case's text. Each keeps its sentence as context and
 * the paragraph's span; a reference whose time needs the document's year when the document has
 * no date stays unresolved (no date, month or window) and is reported in `warnings`.
 */
export function meetingReferencesInText(
  gaz: Gazetteer,
  text: string,
  sp: Span,
  ctx: MeetingRefContext,
): MeetingRefResult {
  const refs: ParsedCitation[] = [];
  const warnings: ParseWarning[] = [];
  for (const { text: s } of splitSentences(text)) {
    if (CASE_NUMBER.test(s)) continue;
    const planned = PLANNED.test(s);
    if (!planned && !PAST.test(s) && !PRESENT.test(s)) continue;
    const named = gaz.committeesIn(s).map((m) => ({ key: m.entry.key, at: m.index, len: m.length }));
    // A cue shared by a list of committees ("i Nasjonalt e-helseråd og NUIT i mai/juni møtene").
    const cues = named.map((n) => cueFor(s, n.at, n.len));
    // "drøftet i forrige møte", "NUIT ber om at saken følges opp i neste møte": the own committee,
    // unless a named committee took the cue ("i forrige møte i NUFA").
    const bare = RELATIVE_BARE.exec(s);
    const taken = cues.some((c) => c?.kind === 'relative');
    const others = named.some((n) => n.key !== ctx.committee);
    if (bare && !taken && !others) {
      named.push({ key: ctx.committee, at: bare.index, len: 0 });
      cues.push({ kind: 'relative', relative: /^f(?:orrige|ørre)$/i.test(bare[1]!) ? 'previous' : 'next' });
    }
    const seen = new Set<string>();
    const shared = cues.find((c) => c && c.kind !== 'relative');
    named.forEach((n, i) => {
      const cue = cues[i] ?? shared;
      if (!cue || seen.has(n.key)) return;
      seen.add(n.key);
      const direction = cueDirection(cue, planned, ctx.date);
      const ref = resolveCue(cue, direction, ctx.date);
      const base: ParsedCitation = {
        kind: 'meeting-reference',
        committee: n.key,
        direction,
        context: s,
        span: sp,
        ...ref.fields,
      };
      refs.push(base);
      if (ref.warning) warnings.push({ line: sp.lineStart, message: `${n.key}: ${ref.warning} ("${s}")` });
    });
  }
  return { refs, warnings };
}

function cueDirection(cue: Cue, planned: boolean, docDate?: string): 'earlier' | 'later' {
  if (cue.kind === 'relative') return cue.relative === 'previous' ? 'earlier' : 'later';
  // A dated reference is planned when the verb says so, or when the date is after the document's.
  if (planned) return 'later';
  if (cue.kind === 'date' && !cue.yearless && docDate && cue.date > docDate) return 'later';
  return 'earlier';
}

interface Resolved {
  fields: Partial<ParsedCitation>;
  warning?: string;
}

function resolveCue(cue: Cue, direction: 'earlier' | 'later', docDate?: string): Resolved {
  switch (cue.kind) {
    case 'relative':
      return docDate
        ? { fields: { relative: cue.relative } }
        : { fields: { relative: cue.relative }, warning: `"${cue.relative}" meeting, but the document has no date` };
    case 'number':
      return { fields: { meetingNumber: cue.number } };
    case 'date': {
      if (!cue.yearless) return { fields: { date: cue.date } };
      if (!docDate) return { fields: {}, warning: 'date without a year, and the document has no date' };
      const month = Number(cue.date.slice(5, 7));
      return { fields: { date: `${yearFor(month, direction, docDate)}${cue.date.slice(4)}` } };
    }
    case 'months': {
      const first = cue.months[0]!;
      const last = cue.months[cue.months.length - 1]!;
      if (cue.year === undefined && !docDate)
        return { fields: {}, warning: 'month without a year, and the document has no date' };
      const year = cue.year ?? yearFor(first, direction, docDate!);
      return {
        fields: {
          month: `${year}-${pad(first)}`,
          ...(last !== first ? { monthEnd: `${year}-${pad(last)}` } : {}),
        },
      };
    }
  }
}
