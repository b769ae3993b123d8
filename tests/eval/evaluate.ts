import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../../seed/parse/gazetteer.js';
import { parseText } from '../../seed/parse/parseFile.js';
import type { ParsedCase, ParsedCitation, ParsedFile } from '../../seed/parse/types.js';

/*
 * Precision and recall of the parser on hand-annotated documents in tests/fixtures/documents
 * (written for Sakskart in shapes the bundled corpus does not have). Each category compares
 * extracted items with the gold annotations as strings; a partly right item counts as wrong.
 */

export const FIXTURES = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

interface GoldDoc {
  meetings: { committee: string; startDate: string; number?: string }[];
  cases: { number: string; title: string; type?: string }[];
  decisions: { number: string; start: string; proposed?: boolean }[];
  attendance: { person: string; status: string; org: string }[];
  statements: { number: string; raisers: string[]; start: string }[];
  actionItems: { number: string; responsible: string; start: string }[];
  citations: { number: string; kind: string; committee: string; date?: string; caseNumber?: string }[];
  /** Meeting references without a case number, as `meetingRefKey` writes them; absent: none. */
  meetingRefs?: string[];
}

/**
 * "21/17 NUIT earlier 2017-05": the citing case, the committee, past or planned, and when (date,
 * month(s), meeting number, or previous/next).
 */
export function meetingRefKey(caseNumber: string, ci: ParsedCitation): string {
  const when =
    ci.date ??
    (ci.month ? `${ci.month}${ci.monthEnd ? `/${ci.monthEnd}` : ''}` : undefined) ??
    ci.meetingNumber ??
    ci.relative ??
    '?';
  return `${caseNumber} ${ci.committee ?? '?'} ${ci.direction ?? '?'} ${when}`;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const PREFIX = 30;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, PREFIX);

function keysOf(parsed: ParsedFile): Record<keyof GoldDoc, string[]> {
  const cases: ParsedCase[] = parsed.documents.flatMap((d) => d.cases);
  return {
    meetings: parsed.documents.flatMap((d) =>
      d.meeting && d.kind !== 'case-note'
        ? [`${d.meeting.committee} ${d.meeting.startDate}${d.meeting.number ? ` ${d.meeting.number}` : ''}`]
        : [],
    ),
    cases: cases.map((c) => `${c.number} ${c.title}${c.type ? ` [${c.type}]` : ''}`),
    decisions: cases.flatMap((c) => [
      ...(c.decision ? [`${c.number} ${norm(c.decision)}`] : []),
      ...(c.proposedDecision ? [`${c.number} proposed ${norm(c.proposedDecision)}`] : []),
    ]),
    attendance: parsed.documents.flatMap((d) => d.attendance.map((a) => `${a.person} ${a.status} ${a.org?.id ?? '-'}`)),
    statements: cases.flatMap((c) =>
      c.statements
        .flatMap((s) => [s, ...s.responses])
        .map(
          (s) =>
            `${c.number} [${s.raisers
              .map((r) => r.id)
              .sort()
              .join(',')}] ${norm(s.text)}`,
        ),
    ),
    actionItems: cases.flatMap((c) =>
      c.actionItems.map((a) => `${c.number} ${a.responsible?.id ?? '-'} ${norm(a.text)}`),
    ),
    citations: cases.flatMap((c) =>
      c.citations
        .filter((ci) => ci.kind !== 'meeting-reference')
        .map(
          (ci) =>
            `${c.number} ${ci.kind} ${ci.committee ?? ''}${ci.date ? ` ${ci.date}` : ''}${ci.number && ci.kind !== 'joint-discussion' ? ` ${ci.number}` : ''}`,
        ),
    ),
    meetingRefs: cases.flatMap((c) =>
      c.citations.filter((ci) => ci.kind === 'meeting-reference').map((ci) => meetingRefKey(c.number, ci)),
    ),
  };
}

function goldKeys(g: GoldDoc): Record<keyof GoldDoc, string[]> {
  return {
    meetings: g.meetings.map((m) => `${m.committee} ${m.startDate}${m.number ? ` ${m.number}` : ''}`),
    cases: g.cases.map((c) => `${c.number} ${c.title}${c.type ? ` [${c.type}]` : ''}`),
    decisions: g.decisions.map((d) => `${d.number} ${d.proposed ? 'proposed ' : ''}${norm(d.start)}`),
    attendance: g.attendance.map((a) => `${a.person} ${a.status} ${a.org}`),
    statements: g.statements.map((s) => `${s.number} [${[...s.raisers].sort().join(',')}] ${norm(s.start)}`),
    actionItems: g.actionItems.map((a) => `${a.number} ${a.responsible} ${norm(a.start)}`),
    citations: g.citations.map(
      (c) =>
        `${c.number} ${c.kind} ${c.committee}${c.date ? ` ${c.date}` : ''}${c.caseNumber ? ` ${c.caseNumber}` : ''}`,
    ),
    meetingRefs: g.meetingRefs ?? [],
  };
}

function compare(found: string[], gold: string[]): Score & { missed: string[]; wrong: string[] } {
  const left = [...gold];
  const wrong: string[] = [];
  for (const f of found) {
    const i = left.findIndex((g) => f.startsWith(g) || g.startsWith(f));
    if (i >= 0) left.splice(i, 1);
    else wrong.push(f);
  }
  return { tp: found.length - wrong.length, fp: wrong.length, fn: left.length, missed: left, wrong };
}

export function evaluateFixtures(): { perCategory: Record<string, Score>; details: string[] } {
  const gaz = Gazetteer.load();
  const gold = JSON.parse(readFileSync(`${FIXTURES}gold.json`, 'utf8')) as Record<string, GoldDoc>;
  const perCategory: Record<string, Score> = {};
  const details: string[] = [];
  for (const [file, g] of Object.entries(gold)) {
    const parsed = parseText(gaz, readFileSync(`${FIXTURES}${file}`, 'utf8'));
    const found = keysOf(parsed);
    const want = goldKeys(g);
    for (const cat of Object.keys(want) as (keyof GoldDoc)[]) {
      const r = compare(found[cat], want[cat]);
      const s = (perCategory[cat] ??= { tp: 0, fp: 0, fn: 0 });
      s.tp += r.tp;
      s.fp += r.fp;
      s.fn += r.fn;
      for (const m of r.missed) details.push(`${file} ${cat} missed: ${m}`);
      for (const w of r.wrong) details.push(`${file} ${cat} wrong: ${w}`);
    }
  }
  return { perCategory, details };
}

export const precision = (s: Score) => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);
export const recall = (s: Score) => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
