import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../../seed/parse/gazetteer.js';
import { parseText } from '../../seed/parse/parseFile.js';
import type { ParsedFile } from '../../seed/parse/types.js';
import { meetingRefKey, type Score } from './evaluate.js';

/*
 * Per-field precision and recall on tests/eval/documents: documents written for Sakskart in the
 * shapes of the real record (issue 8), annotated by hand in gold.json before the parser was tuned.
 * Items are compared as normalised strings; a partly right item counts as wrong.
 */

export const SET_DIR = fileURLToPath(new URL('./documents/', import.meta.url));

interface GoldCase {
  number: string;
  title: string;
  type?: string;
  proposed?: string;
  decision?: string;
  topics: string[];
}
export interface GoldSetDoc {
  shape: string;
  committee: string | null;
  /** "2023-06-07", or "2018-03-14/2018-03-15" for a two-day meeting; null when the document states none. */
  date: string | null;
  cases: GoldCase[];
  attendance: { person: string; status: string; org: string }[];
  statements: { number: string; raisers: string[]; start: string }[];
  /** Meeting references without a case number (`meetingRefKey`); absent: none. */
  meetingRefs?: string[];
}

export const FIELDS = [
  'committee',
  'date',
  'cases',
  'titles',
  'types',
  'decisions',
  'attendance',
  'statements',
  'attribution',
  'topics',
  'meetingRefs',
] as const;
export type Field = (typeof FIELDS)[number];

const PREFIX = 30;
const text = (s: string) => s.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const prefix = (s: string) => text(s).slice(0, PREFIX);
const dateKey = (start: string, end: string) => (start === end ? start : `${start}/${end}`);

function found(parsed: ParsedFile): Record<Field, string[]> {
  const docs = parsed.documents.filter((d) => d.kind !== 'case-note');
  const cases = parsed.documents.flatMap((d) => d.cases);
  const statements = cases.flatMap((c) =>
    c.statements.flatMap((s) => [s, ...s.responses]).map((s) => ({ number: c.number, s })),
  );
  return {
    committee: docs.flatMap((d) => (d.committee ? [d.committee] : [])),
    date: docs.flatMap((d) => (d.meeting ? [dateKey(d.meeting.startDate, d.meeting.endDate)] : [])),
    cases: cases.map((c) => c.number),
    titles: cases.map((c) => `${c.number} ${text(c.title)}`),
    types: cases.flatMap((c) => (c.type ? [`${c.number} ${c.type}`] : [])),
    decisions: cases.flatMap((c) => [
      ...(c.decision ? [`${c.number} vedtak ${prefix(c.decision)}`] : []),
      ...(c.proposedDecision ? [`${c.number} forslag ${prefix(c.proposedDecision)}`] : []),
    ]),
    attendance: docs.flatMap((d) => d.attendance.map((a) => `${a.person} ${a.status} ${a.org?.id ?? '-'}`)),
    statements: statements.map(({ number, s }) => `${number} ${prefix(s.text)}`),
    attribution: statements.map(
      ({ number, s }) =>
        `${number} [${s.raisers
          .map((r) => r.id)
          .sort()
          .join(',')}] ${prefix(s.text)}`,
    ),
    topics: cases.flatMap((c) => c.topics.filter((t) => t.role === 'main').map((t) => `${c.number} ${t.key}`)),
    meetingRefs: cases.flatMap((c) =>
      c.citations.filter((ci) => ci.kind === 'meeting-reference').map((ci) => meetingRefKey(c.number, ci)),
    ),
  };
}

function wanted(g: GoldSetDoc): Record<Field, string[]> {
  return {
    committee: g.committee ? [g.committee] : [],
    date: g.date ? [g.date] : [],
    cases: g.cases.map((c) => c.number),
    titles: g.cases.map((c) => `${c.number} ${text(c.title)}`),
    types: g.cases.flatMap((c) => (c.type ? [`${c.number} ${c.type}`] : [])),
    decisions: g.cases.flatMap((c) => [
      ...(c.decision ? [`${c.number} vedtak ${prefix(c.decision)}`] : []),
      ...(c.proposed ? [`${c.number} forslag ${prefix(c.proposed)}`] : []),
    ]),
    attendance: g.attendance.map((a) => `${a.person} ${a.status} ${a.org}`),
    statements: g.statements.map((s) => `${s.number} ${prefix(s.start)}`),
    attribution: g.statements.map((s) => `${s.number} [${[...s.raisers].sort().join(',')}] ${prefix(s.start)}`),
    topics: g.cases.flatMap((c) => c.topics.map((t) => `${c.number} ${t}`)),
    meetingRefs: g.meetingRefs ?? [],
  };
}

function compare(got: string[], want: string[]) {
  const left = [...want];
  const wrong: string[] = [];
  for (const f of got) {
    const i = left.findIndex((g) => f.startsWith(g) || g.startsWith(f));
    if (i >= 0) left.splice(i, 1);
    else wrong.push(f);
  }
  return { tp: got.length - wrong.length, fp: wrong.length, fn: left.length, missed: left, wrong };
}

export function evaluateSet(): { perField: Record<Field, Score>; details: string[]; files: number } {
  const gaz = Gazetteer.load();
  const gold = JSON.parse(readFileSync(`${SET_DIR}gold.json`, 'utf8')) as Record<string, GoldSetDoc>;
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Score>;
  const details: string[] = [];
  for (const [file, g] of Object.entries(gold)) {
    const parsed = parseText(gaz, readFileSync(`${SET_DIR}${file}`, 'utf8'));
    const got = found(parsed);
    const want = wanted(g);
    for (const f of FIELDS) {
      const r = compare(got[f], want[f]);
      perField[f].tp += r.tp;
      perField[f].fp += r.fp;
      perField[f].fn += r.fn;
      for (const m of r.missed) details.push(`${file} ${f} missed: ${m}`);
      for (const w of r.wrong) details.push(`${file} ${f} wrong: ${w}`);
    }
  }
  return { perField, details, files: Object.keys(gold).length };
}
