import type { WriteTx } from '../../graph/executor.js';
import { dropRelSources, recomputeNodes } from './graphWrites.js';
import { addRelSources, type RelSourceRow } from './relSources.js';
import { relinkResult, type CaseState, type GoneCitation, type RelinkResult } from './relink.js';
import {
  resolveMeetingRef,
  type MeetingCandidate,
  type MeetingRefInfo,
  type MeetingRefResolution,
} from './resolveMeetingRefs.js';

/*
 * REFERS_TO links of meeting references without a case number ("drøftet i forrige NUIT"), kept
 * right for what one file changes, in its transaction. A reference's answer depends on the
 * meetings of its committee in its window (and their cases' topics), so the references to redo
 * are found from the meetings the file adds or removes, through the (committee, windowFrom)
 * index, never by scanning every reference. A reference no loaded meeting answers points at a
 * ReferencedMeeting placeholder, which goes as soon as the real meeting is loaded: the result is
 * the same in any load order.
 */

const DAY = 86_400_000;
/** The longest window (a meeting number's year), so window starts can be bounded for the index. */
const LONGEST_WINDOW = 366;
const shift = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

export interface MeetingKey {
  committee: string;
  date: string;
}

/** Meetings documents state; read before the documents are removed. */
export async function meetingsOfDocuments(tx: WriteTx, docIds: string[]): Promise<MeetingKey[]> {
  if (!docIds.length) return [];
  const rows = await tx.run(
    `MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(m:Meeting) WHERE d.id IN $docIds
     RETURN DISTINCT m.committee AS committee, m.startDate AS date`,
    { docIds },
  );
  return rows.map((r) => ({ committee: String(r.committee), date: String(r.date) }));
}

const AFFECTED = `
CALL () {
  MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(ci:Citation {kind: 'meeting-reference'}) WHERE d.id IN $docs
  RETURN ci
  UNION
  UNWIND $meetings AS m
  MATCH (ci:Citation {committee: m.committee})
  WHERE ci.windowFrom >= m.lower AND ci.windowFrom <= m.date AND ci.windowTo >= m.date AND ci.kind = 'meeting-reference'
  RETURN ci
  UNION
  UNWIND $cases AS id MATCH (ci:Citation {fromCase: id}) WHERE ci.kind = 'meeting-reference'
  RETURN ci
  UNION
  UNWIND $cases AS id MATCH (:Case {id: id})<-[r:REFERS_TO]-(:Case)
  UNWIND r.sourceIds AS sid MATCH (ci:Citation {id: sid})
  RETURN ci
}
RETURN DISTINCT ci.id AS id, ci.fromCase AS fromCase`;

const OLD_LINKS = `
UNWIND $undo AS u
MATCH (:Case {id: u.fromCase})-[r:REFERS_TO]->(o) WHERE u.id IN r.sourceIds
RETURN DISTINCT elementId(r) AS id, r.k AS k, r.sourceIds AS sourceIds, r.sources AS sources,
       CASE WHEN o:ReferencedMeeting THEN o.id END AS placeholder`;

const READ_REFS = `
UNWIND $ids AS id
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ci:Citation {id: id})
OPTIONAL MATCH (:Case {id: ci.fromCase})-[:ABOUT]->(t:Topic)
RETURN ci {.*} AS citation, d.id AS doc, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote,
       collect(DISTINCT t.key) AS caseTopics`;

const CANDIDATES = `
UNWIND $windows AS w
MATCH (m:Meeting {committee: w.committee}) WHERE m.startDate >= w.from AND m.startDate <= w.to
OPTIONAL MATCH (c:Case)-[:TREATED_AT]->(m)
OPTIONAL MATCH (c)-[a:ABOUT]->(t:Topic)
WITH m, c, collect(DISTINCT t.key) AS topics,
     collect([t.key, CASE WHEN coalesce(a.role, 'main') = 'main' THEN 100 ELSE 0 END + coalesce(a.weight, 0)]) AS weights
WITH m, collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, topics: topics, weights: weights} END) AS cases
RETURN m.id AS id, m.committee AS committee, m.startDate AS startDate, m.endDate AS endDate,
       m.number AS number, cases`;

const WRITE_PLACEHOLDERS = `
UNWIND $rows AS row
MERGE (p:ReferencedMeeting {id: row.id})
WITH p, row
MATCH (d:Document {id: row.doc})
MERGE (d)-[s:SOURCE_OF {derived: true, citation: row.citation}]->(p)
SET s.contributed = row.contributed, s.lineStart = row.lineStart, s.lineEnd = row.lineEnd, s.quote = row.quote`;

interface Stated extends MeetingRefInfo {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
  caseTopics: string[];
}

/**
 * Re-resolves the meeting references that `scope` can affect: those of the file's own documents,
 * those whose window holds a meeting the file adds or removes (`meetings`: what the replaced
 * documents stated; the new ones are read here), and those from or to the changed cases.
 */
export async function relinkMeetingRefs(
  tx: WriteTx,
  scope: { ownDocs: string[]; gone: GoneCitation[]; meetings: MeetingKey[]; cases: string[]; before: CaseState[] },
): Promise<RelinkResult> {
  const caseIds = [...new Set([...scope.cases, ...scope.before.map((c) => c.id)])];
  const treated = caseIds.length
    ? await tx.run(
        `UNWIND $ids AS id MATCH (:Case {id: id})-[:TREATED_AT]->(m:Meeting)
         RETURN DISTINCT m.committee AS committee, m.startDate AS date`,
        { ids: caseIds },
      )
    : [];
  const meetings = new Map<string, MeetingKey>();
  for (const m of [
    ...scope.meetings,
    ...(await meetingsOfDocuments(tx, scope.ownDocs)),
    ...treated.map((r) => ({ committee: String(r.committee), date: String(r.date) })),
    ...scope.before.flatMap((c) => c.dates.map((date) => ({ committee: c.committee, date }))),
  ])
    meetings.set(`${m.committee}|${m.date}`, m);

  const affected = await tx.run(AFFECTED, {
    docs: scope.ownDocs,
    meetings: [...meetings.values()].map((m) => ({ ...m, lower: shift(m.date, -LONGEST_WINDOW) })),
    cases: caseIds,
  });
  const redo = affected.map((r) => ({ id: String(r.id), fromCase: String(r.fromCase) }));
  const goneIds = new Set(scope.gone.map((g) => g.id));
  const undo = [...scope.gone, ...redo.filter((r) => !goneIds.has(r.id))];
  if (!undo.length) return relinkResult([], new Map(), []);

  // Undo what these references linked, and their share of placeholders.
  const old = await tx.run(OLD_LINKS, { undo: undo.map((u) => ({ id: u.id, fromCase: u.fromCase })) });
  const undoIds = new Set(undo.map((u) => u.id));
  await dropRelSources(tx, old as unknown as Parameters<typeof dropRelSources>[1], undoIds);
  const placeholders = [
    ...new Set(
      old
        .map((r) => r.placeholder)
        .filter(Boolean)
        .map(String),
    ),
  ];
  if (placeholders.length) {
    await tx.run(
      `UNWIND $ids AS id MATCH (p:ReferencedMeeting {id: id})<-[s:SOURCE_OF {derived: true}]-()
       WHERE s.citation IN $citations DELETE s`,
      { ids: placeholders, citations: [...undoIds] },
    );
    await recomputeNodes(
      tx,
      placeholders.map((key) => ({ label: 'ReferencedMeeting', key })),
    );
  }

  const refs = (await tx.run(READ_REFS, { ids: redo.map((r) => r.id) })).map(
    (r) =>
      ({
        ...(r.citation as object),
        topics: ((r.citation as { topics?: string[] }).topics ?? []) as string[],
        doc: String(r.doc),
        lineStart: Number(r.lineStart),
        lineEnd: Number(r.lineEnd),
        quote: String(r.quote ?? ''),
        caseTopics: r.caseTopics as string[],
      }) as Stated,
  );
  const windows = refs
    .filter((ci) => (ci as { windowFrom?: string }).windowFrom)
    .map((ci) => {
      const w = ci as unknown as { windowFrom: string; windowTo: string };
      return { committee: ci.committee, from: w.windowFrom, to: w.windowTo };
    });
  const candidates = windows.length
    ? (await tx.run(CANDIDATES, { windows })).map(
        (r) =>
          ({
            ...r,
            cases: (r.cases as (Omit<MeetingCandidate['cases'][number], 'weights'> & { weights: [string, number][] })[])
              .filter(Boolean)
              .map((c) => ({ ...c, weights: Object.fromEntries(c.weights.filter(([k]) => k)) })),
          }) as unknown as MeetingCandidate,
      )
    : [];
  const byId = new Map(candidates.map((m) => [m.id, m]));

  const rels: RelSourceRow[] = [];
  const stubs: ({ id: string; citation: string; contributed: string } & Prov)[] = [];
  const warnings = new Map<string, string>();
  const ownIds = new Set<string>();
  const ownDocs = new Set(scope.ownDocs);
  for (const ci of refs) {
    const res: MeetingRefResolution = resolveMeetingRef(ci, [...byId.values()], ci.caseTopics);
    const prov: Prov = { doc: ci.doc, lineStart: ci.lineStart, lineEnd: ci.lineEnd, quote: ci.quote };
    if (ownDocs.has(ci.doc)) ownIds.add(ci.id);
    const row = (toLabel: 'Meeting' | 'Case' | 'ReferencedMeeting', to: string, resolution: string): RelSourceRow => ({
      type: 'REFERS_TO',
      fromLabel: 'Case',
      toLabel,
      from: ci.fromCase,
      to,
      k: ci.direction,
      sourceId: ci.id,
      source: { ...prov, props: { direction: ci.direction, resolution }, date: null, kind: 'derived' },
    });
    for (const m of res.meetings) rels.push(row('Meeting', m, 'meeting'));
    for (const c of res.cases) rels.push(row('Case', c, 'same-topic'));
    if (res.placeholder) {
      const p = res.placeholder;
      stubs.push({
        ...prov,
        id: p.id,
        citation: ci.id,
        contributed: JSON.stringify({ ...p, context: ci.context }),
      });
      rels.push(row('ReferencedMeeting', p.id, 'placeholder'));
    }
    if (res.warning) warnings.set(ci.id, res.warning);
  }
  if (stubs.length) {
    await tx.run(WRITE_PLACEHOLDERS, { rows: stubs });
    await recomputeNodes(
      tx,
      stubs.map((s) => ({ label: 'ReferencedMeeting', key: s.id })),
    );
  }
  await addRelSources(tx, rels, { derived: true });
  const ids = refs.map((r) => r.id);
  await tx.run('UNWIND $ids AS id MATCH (ci:Citation {id: id}) REMOVE ci.warning', { ids });
  if (warnings.size)
    await tx.run('UNWIND $rows AS row MATCH (ci:Citation {id: row.id}) SET ci.warning = row.warning', {
      rows: [...warnings].map(([id, warning]) => ({ id, warning })),
    });
  return relinkResult(
    refs.filter((r) => ownIds.has(r.id)),
    warnings,
    rels.map((r) => r.sourceId),
  );
}

interface Prov {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}
