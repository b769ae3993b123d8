import type { Gazetteer } from './gazetteer.js';
import { findDates, MONTH_NAMES } from './dates.js';
import { caseNumbersIn, uncell } from './caseNumbers.js';
import { joinWrapped, type SourceLine } from './lines.js';
import { splitSentences } from './sentences.js';
import type { ParsedCitation, Span } from './types.js';

const FUTURE =
  /\b(?:skal|vil|får|planlegges|planlagt|planen\s+er|intensjon|fremmes|legges\s+fram|legges\s+frem|til\s+endelig\s+behandling|før\s+den\s+blir)\b/i;
const PAST_TREATMENT =
  /\b(?:behandlet|behandla|handsama|drøfta|slutta|drøftet|ga|gav|vedtok|anbefalte|tok\s+stilling|har\s+tidligere|tidligere\s+drøftet|tidligere\s+behandlet)\b/i;
/** Put off ("utsatt", nynorsk "utsett"), not "utsatt for" (exposed to). */
const POSTPONED = /\b(?:utsatt|utsett)\b(?!\s+for\b)/i;
const MONTH = `(${MONTH_NAMES.join('|')})`;
/** The meeting a case was put off from, named without a day: "fra møtet i mars", "fra marsmøtet", "fra forrige møte". */
const POSTPONED_FROM_MEETING = new RegExp(
  `\\b(?:utsatt|utsett)\\s+fr[aå]\\s+(?:(?:(forrige|førre)\\s+møte(?:t)?)|møtet\\s+i\\s+${MONTH}(?:\\s+(\\d{4}))?|${MONTH}[-–]?møtet)(?![\\p{L}])`,
  'iu',
);

/** "2023-03" for "møtet i mars" (in `year` unless written), or "previous" for "forrige møte". */
function postponedFrom(text: string, year: number): { month: string } | { relative: 'previous' } | undefined {
  const m = POSTPONED_FROM_MEETING.exec(text);
  if (!m) return undefined;
  if (m[1]) return { relative: 'previous' };
  const name = (m[2] ?? m[4])!.toLowerCase();
  const month = MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
  return { month: `${m[3] ?? year}-${String(month).padStart(2, '0')}` };
}
const TREATMENT = /\b(?:behandl\w*|drøft\w*|forankre\w*|fremmes|legges\s+fr[ae]m|tilslutning|vedta\w*|sak\s+i)\b/i;
const JOINT = /felles\s+drøfting\s+av\s+sak(?:ene)?\s+(\d{1,3}\/\d{2})((?:\s*(?:,|og)\s*(?:sak\s+)?\d{1,3}\/\d{2})+)/i;
/** The citing committee named by its kind ("rådet", "styret", "utvalet") rather than its name. */
const OWN_BODY = /\b(?:rådet|styret|utvalget|utvalet|fagutvalget|e-helsestyret)\b/i;
/** "Vedtak fra tidligere behandlinger", "Tidligere behandlinger:", "Tidlegare handsaming", "Saksgang". */
export const PREVIOUS_TABLE =
  /^\s*(?:Vedtak\s+fr[aå]\s+tidl[ie]g[ae]re\s+(?:behandling(?:er|ar)?|handsaming(?:ar)?)|Tidligere\s+behandling(?:er)?\b|Tidlegare\s+(?:behandlingar|handsaming)|Behandlingshistorikk|Saksgang)\b/i;

/**
 * References from one case's text to other treatments: earlier treatments ("NUFA behandlet saken
 * 31.8.2022", "NUIT har tidligere drøftet … (sak 28/22)"), postponements, joint discussion and
 * planned treatments ("skal drøftes også i Nasjonalt e-helseråd og NUFA"). `committee` is the
 * citing case's own committee; `year` fills in dates written without one.
 */
export function citationsInText(
  gaz: Gazetteer,
  text: string,
  sp: Span,
  committee: string,
  year: number,
): ParsedCitation[] {
  const out: ParsedCitation[] = [];
  const joint = JOINT.exec(text);
  if (joint) {
    const numbers = [joint[1]!, ...[...joint[2]!.matchAll(/\d{1,3}\/\d{2}/g)].map((m) => m[0])];
    for (const n of numbers)
      out.push({ kind: 'joint-discussion', committee, number: normaliseNumber(n), context: joint[0], span: sp });
  }
  for (const s of splitSentences(text)) {
    const mentions = gaz.committeesIn(s.text);
    const named = mentions.map((m) => m.entry.key);
    const dates = findDates(s.text, year);
    const date = dates[0]?.start;
    const numbered = caseNumbersIn(s.text);
    const refs = [...new Set(numbered.map((r) => r.number))];
    // A case number in a sentence that names no committee is one of the own committee's ("sak 12/23",
    // "i rådet i sak 09-23"); a series prefix names its committee ("NUIT 04/24").
    const series = numbered.flatMap((r) => (r.series ? [gaz.committeesIn(r.series)[0]?.entry.key ?? []].flat() : []));
    const committees = named.length
      ? named
      : series.length
        ? series
        : refs.length || OWN_BODY.test(s.text)
          ? [committee]
          : [];
    if (POSTPONED.test(s.text) && date && !FUTURE.test(s.text)) {
      out.push({ kind: 'postponed-from', committee, date, context: s.text, span: sp });
      continue;
    }
    const from = POSTPONED.test(s.text) && !date ? postponedFrom(s.text, year) : undefined;
    if (from) {
      out.push({ kind: 'postponed-from', committee, ...from, context: s.text, span: sp });
      continue;
    }
    if (!committees.length) continue;
    if (FUTURE.test(s.text) && TREATMENT.test(s.text)) {
      for (const c of new Set(committees)) {
        // The own committee is only "planned" when a date says when.
        if (c === committee && !date && !/\bigjen\b/i.test(s.text)) continue;
        out.push({ kind: 'planned', committee: c, ...(date ? { date } : {}), context: s.text, span: sp });
      }
      continue;
    }
    if (PAST_TREATMENT.test(s.text) && (date || refs.length)) {
      const c = committees[0]!;
      // Each number belongs to the committee named last before it ("drøftet i NUFA (sak 7/24), og
      // NUIT behandlet … i sak 16/24"), its series, or the sentence's first committee.
      const committeeOf = (number: string) => {
        const r = numbered.find((x) => x.number === number)!;
        const own = r.series ? gaz.committeesIn(r.series)[0]?.entry.key : undefined;
        const before = mentions.filter((m) => m.index < r.index).pop();
        return own ?? before?.entry.key ?? c;
      };
      if (refs.length) {
        for (const number of refs)
          out.push({
            kind: 'earlier-treatment',
            committee: committeeOf(number),
            number,
            ...(date ? { date } : {}),
            context: text,
            span: sp,
          });
      } else {
        out.push({ kind: 'earlier-treatment', committee: c, date, context: text, span: sp });
      }
    }
  }
  return out;
}

function normaliseNumber(n: string): string {
  const [a, b] = n.split('/');
  return `${Number(a)}/${b}`;
}

/**
 * The table "Vedtak fra tidligere behandlinger i rådsmodellen" in case notes. Rows start with a
 * committee and a case number in either order ("NUFA 36/21 Roller og ansvar …",
 * "27/22 NUFA EHDS forordningsforslag …"); the title runs until the decision text, which opens
 * with the committee's name again. A "Fra … referat 31.08.2022" line dates the row above it.
 */
export function previousTreatmentsTable(gaz: Gazetteer, lines: SourceLine[]): ParsedCitation[] {
  const start = lines.findIndex((l) => PREVIOUS_TABLE.test(l.text));
  if (start < 0) return [];
  const rows: { committee: string; number: string; lines: SourceLine[] }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.furniture) continue;
    // Cells of a "Utvalg | Sak | Dato | Vedtak" table read as one row of text.
    const t = uncell(line.text);
    const a = /^(\S+(?:\s+\S+){0,3}?)\s+(\d{1,3})\/(\d{2})\b\s*(.*)$/.exec(t);
    const b = /^(\d{1,3})\/(\d{2})\s+(.*)$/.exec(t);
    let committee: string | undefined;
    let number: string | undefined;
    let rest = '';
    if (a && gaz.committeesIn(a[1]!)[0]?.index === 0) {
      committee = gaz.committeesIn(a[1]!)[0]!.entry.key;
      number = `${Number(a[2])}/${a[3]}`;
      rest = a[4]!;
    } else if (b) {
      const m = gaz.committeesIn(b[3]!)[0];
      if (m && m.index === 0) {
        committee = m.entry.key;
        number = `${Number(b[1])}/${b[2]}`;
        rest = b[3]!.slice(m.length);
      }
    }
    if (committee && number) {
      rows.push({ committee, number, lines: [{ ...line, text: rest }] });
    } else if (rows.length) {
      rows[rows.length - 1]!.lines.push(line);
    }
  }
  return rows.map((r) => {
    const text = joinWrapped(r.lines.map((l) => l.text));
    const committeeNames = gaz.committeesIn(text).filter((m) => m.entry.key === r.committee && m.index > 0);
    const title = (committeeNames[0] ? text.slice(0, committeeNames[0].index) : text).replace(/[\s–-]+$/, '').trim();
    // "Fra … referat 31.08.2022", or a date cell right after the number ("NUFA | 22/22 | 27.04.2022 | …").
    const dated =
      /\b(?:referat|møte)\b[^.]*?(\d{1,2}\.\d{1,2}\.\d{4})/i.exec(text) ?? /^\s*(\d{1,2}\.\d{1,2}\.\d{4})\b/.exec(text);
    const date = dated ? findDates(dated[1]!)[0]?.start : undefined;
    const sp: Span = {
      lineStart: r.lines[0]!.no,
      lineEnd: r.lines[r.lines.length - 1]!.no,
      quote: `${r.committee} ${r.number} ${text}`,
    };
    return {
      kind: 'earlier-treatment' as const,
      committee: r.committee,
      number: r.number,
      title,
      ...(date ? { date } : {}),
      context: text,
      span: sp,
    };
  });
}
