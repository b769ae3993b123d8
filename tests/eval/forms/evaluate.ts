import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../../../seed/parse/gazetteer.js';
import { parseText } from '../../../seed/parse/parseFile.js';
import type { ParsedCitation, ParsedFile, ParsedStatement } from '../../../seed/parse/types.js';
import { pdfToText } from '../../../seed/source/pdfText.js';
import type { Score } from '../evaluate.js';

/*
 * Every gold metric, per document, on minutes, agendas and case notes written as people write
 * them (issue 22): prose input, speaker-first lists, nynorsk, other case numbering, tables, a case
 * note on its own. Each document is read twice: as text (documents/*.txt, heldout/*.txt) and as
 * the PDF LibreOffice lays out from it (pdf/…). Documents under heldout/ were written and
 * annotated without looking at the parser's output on them; their details are not printed unless
 * asked for, so they stay unseen while the parser is developed.
 *
 * Matching: a gold statement, decision or action item gives a snippet of its text; a parsed item
 * of the same case whose text contains the snippet matches it (one to one). Attribution counts
 * (statement, speaker) pairs, so an invented speaker is a false positive and a missing one a false
 * negative. A reply matches when it is given as a response to the statement it answers.
 */

export const FORMS_DIR = fileURLToPath(new URL('./', import.meta.url));

interface GoldForm {
  shape: string;
  form: 'bokmål' | 'nynorsk';
  kind: 'minutes' | 'agenda' | 'case-note';
  heldOut?: boolean;
  committee: string;
  date: string;
  cases: { number: string; title: string; type?: string }[];
  decisions: { number: string; start: string; proposed?: boolean }[];
  attendance: { person: string; status: string; org: string }[];
  statements: { number: string; raisers: string[]; start: string; replyTo?: string }[];
  actionItems: { number: string; responsible: string; start: string }[];
  links: { number: string; kind: string; committee: string; target?: string }[];
  planned: { number: string; committee: string; when?: string }[];
}

export const METRICS = [
  'meeting',
  'cases',
  'titles',
  'types',
  'decisions',
  'attendance',
  'statements',
  'attribution',
  'replies',
  'links',
  'planned',
  'actionItems',
] as const;
export type Metric = (typeof METRICS)[number];

export interface DocResult {
  file: string;
  format: 'text' | 'pdf';
  heldOut: boolean;
  scores: Record<Metric, Score>;
  details: string[];
}

const norm = (s: string) => s.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** One-to-one greedy matching: each found item takes the first gold item it satisfies. */
function match<F, G>(found: F[], gold: G[], ok: (f: F, g: G) => boolean): { pairs: [F, G][]; wrong: F[]; missed: G[] } {
  const left = [...gold];
  const pairs: [F, G][] = [];
  const wrong: F[] = [];
  for (const f of found) {
    const i = left.findIndex((g) => ok(f, g));
    if (i < 0) wrong.push(f);
    else pairs.push([f, left.splice(i, 1)[0]!]);
  }
  return { pairs, wrong, missed: left };
}

const score = (tp: number, fp: number, fn: number): Score => ({ tp, fp, fn });
const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
/** One reference read twice, once without and once with its time, is one reference. */
const subsumed = <T extends { number: string; committee: string }>(
  xs: T[],
  when: (x: T) => string,
  kind = (_: T) => '',
) =>
  xs.filter(
    (x) =>
      when(x) ||
      !xs.some(
        (y) => y !== x && y.number === x.number && y.committee === x.committee && kind(y) === kind(x) && when(y),
      ),
  );

function targetOf(ci: ParsedCitation): string {
  return ci.number ?? ci.date ?? ci.month ?? ci.meetingNumber ?? ci.relative ?? '';
}

export function evaluateParsed(parsed: ParsedFile, g: GoldForm): { scores: Record<Metric, Score>; details: string[] } {
  const details: string[] = [];
  const scores = {} as Record<Metric, Score>;
  const note = (metric: Metric, missed: string[], wrong: string[]) => {
    for (const m of missed) details.push(`${metric} missed: ${m}`);
    for (const w of wrong) details.push(`${metric} wrong: ${w}`);
  };
  const simple = (metric: Metric, found: string[], want: string[], ok = (f: string, w: string) => f === w) => {
    const r = match(found, want, ok);
    scores[metric] = score(r.pairs.length, r.wrong.length, r.missed.length);
    note(metric, r.missed, r.wrong);
  };
  const docs = parsed.documents;
  const cases = docs.flatMap((d) => d.cases);

  simple(
    'meeting',
    docs.flatMap((d) => [
      ...(d.committee ? [`committee ${d.committee}`] : []),
      ...(d.meeting ? [`date ${d.meeting.startDate}`] : []),
    ]),
    [`committee ${g.committee}`, `date ${g.date}`],
  );
  simple(
    'cases',
    cases.map((c) => c.number),
    g.cases.map((c) => c.number),
  );
  // The whole title: a title that swallowed the first lines of its case's text is wrong, though it
  // starts right.
  simple(
    'titles',
    cases.map((c) => `${c.number} ${norm(c.title)}`),
    g.cases.map((c) => `${c.number} ${norm(c.title)}`),
  );
  simple(
    'types',
    cases.flatMap((c) => (c.type ? [`${c.number} ${c.type}`] : [])),
    g.cases.flatMap((c) => (c.type ? [`${c.number} ${c.type}`] : [])),
  );
  {
    const found = cases.flatMap((c) => [
      ...(c.decision ? [{ number: c.number, proposed: false, text: c.decision }] : []),
      ...(c.proposedDecision ? [{ number: c.number, proposed: true, text: c.proposedDecision }] : []),
    ]);
    const r = match(
      found,
      g.decisions,
      (f, w) => f.number === w.number && f.proposed === !!w.proposed && norm(f.text).includes(norm(w.start)),
    );
    scores.decisions = score(r.pairs.length, r.wrong.length, r.missed.length);
    note(
      'decisions',
      r.missed.map((m) => `${m.number}${m.proposed ? ' proposed' : ''} ${m.start}`),
      r.wrong.map((w) => `${w.number}${w.proposed ? ' proposed' : ''} ${w.text.slice(0, 60)}`),
    );
  }
  simple(
    'attendance',
    docs.flatMap((d) => d.attendance.map((a) => `${a.person} ${a.status} ${a.org?.id ?? '-'}`)),
    g.attendance.map((a) => `${a.person} ${a.status} ${a.org}`),
  );

  // Statements, their speakers and replies.
  type Found = { number: string; s: ParsedStatement; parent?: ParsedStatement };
  const found: Found[] = cases.flatMap((c) =>
    c.statements.flatMap((s) => [
      { number: c.number, s },
      ...s.responses.map((r) => ({ number: c.number, s: r, parent: s })),
    ]),
  );
  const st = match(found, g.statements, (f, w) => f.number === w.number && norm(f.s.text).includes(norm(w.start)));
  scores.statements = score(st.pairs.length, st.wrong.length, st.missed.length);
  const show = (f: Found) =>
    `${f.number} [${f.s.raisers.map((r) => r.id).join(',')}]${f.parent ? ' (reply)' : ''} ${f.s.text.slice(0, 70)}`;
  note(
    'statements',
    st.missed.map((m) => `${m.number} ${m.start}`),
    st.wrong.map(show),
  );
  const attr = score(0, 0, 0);
  const attrDetails: string[] = [];
  for (const [f, w] of st.pairs) {
    const ids = new Set(f.s.raisers.map((r) => r.id));
    for (const id of ids) if (w.raisers.includes(id)) attr.tp++;
    const extra = [...ids].filter((id) => !w.raisers.includes(id));
    const lost = w.raisers.filter((id) => !ids.has(id));
    attr.fp += extra.length;
    attr.fn += lost.length;
    if (extra.length || lost.length)
      attrDetails.push(`${w.number} "${w.start}": found [${[...ids].join(',')}], gold [${w.raisers.join(',')}]`);
  }
  for (const f of st.wrong) attr.fp += new Set(f.s.raisers.map((r) => r.id)).size;
  for (const w of st.missed) attr.fn += w.raisers.length;
  scores.attribution = attr;
  for (const d of attrDetails) details.push(`attribution differs: ${d}`);
  {
    const goldReplies = g.statements.filter((s) => s.replyTo);
    const paired = new Map(st.pairs.map(([f, w]) => [f, w]));
    const rightReply = (f: Found) => {
      const w = paired.get(f);
      return !!(f.parent && w?.replyTo && norm(f.parent.text).includes(norm(w.replyTo)));
    };
    const replies = found.filter((f) => f.parent);
    const tp = replies.filter(rightReply).length;
    scores.replies = score(tp, replies.length - tp, goldReplies.length - tp);
    note(
      'replies',
      goldReplies
        .filter((w) => !replies.some((f) => rightReply(f) && paired.get(f) === w))
        .map((w) => `${w.number} ${w.start} -> ${w.replyTo}`),
      replies.filter((f) => !rightReply(f)).map(show),
    );
  }

  // Links to other treatments and planned treatments, each counted once per case.
  const citations = cases.flatMap((c) => c.citations.map((ci) => ({ number: c.number, ci })));
  const links = uniq(
    citations.flatMap(({ number, ci }) => {
      if (ci.kind === 'planned' || ci.kind === 'follow-up') return [];
      if (ci.kind === 'meeting-reference' && ci.direction !== 'earlier') return [];
      const kind = ci.kind === 'meeting-reference' ? 'earlier-treatment' : ci.kind;
      return [{ number, kind, committee: ci.committee ?? '?', target: targetOf(ci) }];
    }),
    (l) => `${l.number} ${l.kind} ${l.committee} ${l.target}`,
  );
  const lr = match(
    subsumed(
      links,
      (l) => l.target,
      (l) => l.kind,
    ),
    g.links,
    (f, w) =>
      f.number === w.number && f.kind === w.kind && f.committee === w.committee && (!w.target || f.target === w.target),
  );
  scores.links = score(lr.pairs.length, lr.wrong.length, lr.missed.length);
  const linkKey = (l: { number: string; kind: string; committee: string; target?: string }) =>
    `${l.number} ${l.kind} ${l.committee} ${l.target ?? ''}`;
  note('links', lr.missed.map(linkKey), lr.wrong.map(linkKey));
  const planned = uniq(
    citations.flatMap(({ number, ci }) =>
      ci.kind === 'planned' || ci.kind === 'follow-up' || (ci.kind === 'meeting-reference' && ci.direction === 'later')
        ? [{ number, committee: ci.committee ?? '?', when: targetOf(ci) }]
        : [],
    ),
    (p) => `${p.number} ${p.committee} ${p.when}`,
  );
  const pr = match(
    subsumed(planned, (p) => p.when),
    g.planned,
    (f, w) => f.number === w.number && f.committee === w.committee && (!w.when || f.when.startsWith(w.when)),
  );
  scores.planned = score(pr.pairs.length, pr.wrong.length, pr.missed.length);
  const plannedKey = (p: { number: string; committee: string; when?: string }) =>
    `${p.number} ${p.committee} ${p.when ?? ''}`;
  note('planned', pr.missed.map(plannedKey), pr.wrong.map(plannedKey));

  {
    const found = cases.flatMap((c) => c.actionItems.map((a) => ({ number: c.number, a })));
    const r = match(
      found,
      g.actionItems,
      (f, w) =>
        f.number === w.number &&
        (f.a.responsible?.id ?? '-') === w.responsible &&
        norm(f.a.text).includes(norm(w.start)),
    );
    scores.actionItems = score(r.pairs.length, r.wrong.length, r.missed.length);
    note(
      'actionItems',
      r.missed.map((m) => `${m.number} ${m.responsible} ${m.start}`),
      r.wrong.map((f) => `${f.number} ${f.a.responsible?.id ?? '-'} ${f.a.text.slice(0, 60)}`),
    );
  }
  return { scores, details };
}

export function loadFormsGold(): Record<string, GoldForm> {
  return JSON.parse(readFileSync(`${FORMS_DIR}gold.json`, 'utf8')) as Record<string, GoldForm>;
}

/** The PDF laid out from a document: pdf/documents/x.pdf for documents/x.txt. */
export const pdfPathOf = (file: string) => `${FORMS_DIR}pdf/${file.replace(/\.txt$/, '.pdf')}`;

/** Every document in both formats; PDFs only when `withPdf` (reading them takes a few seconds). */
export async function evaluateForms(withPdf = true): Promise<DocResult[]> {
  const gaz = Gazetteer.load();
  const out: DocResult[] = [];
  for (const [file, g] of Object.entries(loadFormsGold())) {
    const texts: ['text' | 'pdf', string][] = [['text', readFileSync(`${FORMS_DIR}${file}`, 'utf8')]];
    if (withPdf) texts.push(['pdf', await pdfToText(readFileSync(pdfPathOf(file)))]);
    for (const [format, text] of texts) {
      const r = evaluateParsed(parseText(gaz, text), g);
      out.push({ file, format, heldOut: !!g.heldOut, ...r });
    }
  }
  return out;
}

export function sumScores(results: DocResult[]): Record<Metric, Score> {
  const total = Object.fromEntries(METRICS.map((m) => [m, score(0, 0, 0)])) as Record<Metric, Score>;
  for (const r of results)
    for (const m of METRICS) {
      total[m].tp += r.scores[m].tp;
      total[m].fp += r.scores[m].fp;
      total[m].fn += r.scores[m].fn;
    }
  return total;
}
