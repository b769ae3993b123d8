import type { WriteTx } from '../../graph/executor.js';
import { addRelSources, dropRelSources, recomputeNodes, type RelSourceRow } from './graphWrites.js';
import { resolveLinks, type CaseInfo, type CitationInfo, type DerivedRel } from './resolveLinks.js';

/*
 * Links derived from citations (LINKED, PLANNED, FOLLOWED_UP_BY, stub cases) are resolved for what
 * one file changes, never for the whole graph. A file changes some cases (its own, and those of
 * the version it replaces). The citations whose answer can depend on those cases are found by
 * indexed keys — the same citing case, the same case number, the same meeting date, follow-ups
 * in the same committee — and re-resolved against the cases they can point at, found by id and
 * by meetings of the committee in a date window. "Same matter" pairs are compared only where one
 * side changed, against cases of other committees within a year. Because each citation and pair
 * is recomputed whenever one of its inputs changes, the result does not depend on load order.
 */

const DAY = 86_400_000;
/** Window of the "near" reconciliation of a cited number (resolveLinks: 92 days). */
const NEAR_DAYS = 92;
/** Window of "same matter" (resolveLinks: 366 days). */
const SAME_MATTER_DAYS = 366;
/** A follow-up of an action item is looked for in this many later meetings of the committee. */
const FOLLOW_UP_MEETINGS = 16;

export interface CaseState {
  id: string;
  committee: string;
  number: string;
  dates: string[];
}

/** A citation that is going away with its document; its derived links must go too. */
export interface GoneCitation {
  id: string;
  fromCase: string;
  fromActionItem?: string;
  stub?: string;
}

const shift = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const committeeOfCase = (id: string) => id.slice(0, id.lastIndexOf('-'));
const effectiveCommittee = (ci: { committee?: string | null; fromCase: string }) =>
  ci.committee ?? committeeOfCase(ci.fromCase);

/** Committee, number and treatment dates of cases (those that exist). */
export async function caseStates(tx: WriteTx, ids: string[]): Promise<CaseState[]> {
  if (!ids.length) return [];
  const rows = await tx.run(
    `UNWIND $ids AS id MATCH (c:Case {id: id})
     OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
     RETURN c.id AS id, c.committee AS committee, c.number AS number, collect(DISTINCT m.startDate) AS dates`,
    { ids: [...new Set(ids)] },
  );
  return rows.map((r) => ({
    id: String(r.id),
    committee: String(r.committee ?? committeeOfCase(String(r.id))),
    number: String(r.number ?? ''),
    dates: (r.dates as string[]).filter(Boolean).sort(),
  }));
}

/** The citations stated by documents, with what is needed to undo their links. */
export async function citationsOfDocuments(tx: WriteTx, docIds: string[]): Promise<GoneCitation[]> {
  if (!docIds.length) return [];
  const rows = await tx.run(
    `MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(ci:Citation) WHERE d.id IN $docIds
     RETURN ci.id AS id, ci.fromCase AS fromCase, ci.fromActionItem AS fromActionItem,
            coalesce(ci.committee, '') AS committee, ci.number AS number`,
    { docIds },
  );
  return rows.map((r) => ({
    id: String(r.id),
    fromCase: String(r.fromCase),
    ...(r.fromActionItem ? { fromActionItem: String(r.fromActionItem) } : {}),
    ...(r.number ? { stub: `${String(r.committee) || committeeOfCase(String(r.fromCase))}-${String(r.number)}` } : {}),
  }));
}

/** Merges overlapping date windows per committee (null committee: every committee). */
function mergeWindows(ws: { committee: string | null; from: string; to: string }[]) {
  const out: typeof ws = [];
  const sorted = [...ws].sort(
    (a, b) => String(a.committee).localeCompare(String(b.committee)) || a.from.localeCompare(b.from),
  );
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && last.committee === w.committee && w.from <= last.to) {
      if (w.to > last.to) last.to = w.to;
    } else out.push({ ...w });
  }
  return out;
}

const READ_CITATIONS = `
UNWIND $ids AS id
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ci:Citation {id: id})
RETURN ci {.*} AS citation, d.id AS doc, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote`;

const READ_CASES = `
UNWIND $ids AS id
MATCH (c:Case {id: id})
OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
WITH c, collect(DISTINCT m.startDate) AS dates
OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
WITH c, dates, collect(DISTINCT t.key) AS topics
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(c)
RETURN c.id AS id, c.committee AS committee, c.number AS number, c.title AS title,
       coalesce(c.stub, false) AS stub, dates, topics, min(d.id) AS doc`;

/**
 * Re-resolves the links that the changed cases and the file's own citations can affect, inside
 * the caller's transaction. Returns the links stated by `ownDocs`' citations and their warnings.
 */
export async function relinkScoped(
  tx: WriteTx,
  scope: { cases: string[]; before: CaseState[]; ownDocs: string[]; gone: GoneCitation[] },
): Promise<{ links: number; warnings: string[] }> {
  const touchedIds = [...new Set([...scope.cases, ...scope.before.map((c) => c.id)])];
  // Cases are ordered in flows by the first meeting that treated them.
  if (touchedIds.length)
    await tx.run(
      `UNWIND $ids AS id MATCH (c:Case {id: id})
       OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting) WITH c, min(m.startDate) AS d SET c.date = d`,
      { ids: touchedIds },
    );
  const after = await caseStates(tx, touchedIds);
  const changed = [...scope.before, ...after];
  const committees = [...new Set(changed.map((c) => c.committee))];
  const dates = [...new Set(changed.flatMap((c) => c.dates))];

  // Cases near the changed ones: a citation of one of their numbers may now reconcile differently.
  const nearWindows = mergeWindows(
    changed.flatMap((c) =>
      c.dates.map((d) => ({ committee: c.committee, from: shift(d, -NEAR_DAYS), to: shift(d, NEAR_DAYS) })),
    ),
  );
  const near = nearWindows.length
    ? await tx.run(
        `UNWIND $windows AS w
         MATCH (m:Meeting {committee: w.committee}) WHERE m.startDate >= w.from AND m.startDate <= w.to
         MATCH (c:Case)-[:TREATED_AT]->(m)
         RETURN DISTINCT c.number AS number, c.committee AS committee`,
        { windows: nearWindows },
      )
    : [];
  const numbers = [...new Set([...changed.map((c) => c.number), ...near.map((r) => String(r.number))])].filter(Boolean);

  const affected = await tx.run(
    `CALL () {
       MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(ci:Citation) WHERE d.id IN $docs RETURN ci
       UNION
       UNWIND $ids AS id MATCH (ci:Citation {fromCase: id}) RETURN ci
       UNION
       UNWIND $numbers AS nr MATCH (ci:Citation {number: nr}) RETURN ci
       UNION
       UNWIND $dates AS dt MATCH (ci:Citation {date: dt}) RETURN ci
       UNION
       MATCH (ci:Citation {kind: 'follow-up'}) WHERE size($committees) > 0 RETURN ci
     }
     RETURN ci.id AS id, ci.fromCase AS fromCase, ci.committee AS committee, ci.fromActionItem AS fromActionItem,
            ci.number AS number, ci.kind AS kind`,
    { docs: scope.ownDocs, ids: touchedIds, numbers, dates, committees },
  );
  const ownCitationIds = new Set(
    (
      await tx.run(
        'MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(ci:Citation) WHERE d.id IN $docs RETURN ci.id AS id',
        { docs: scope.ownDocs },
      )
    ).map((r) => String(r.id)),
  );
  const touchedSet = new Set(touchedIds);
  const committeeSet = new Set(committees);
  // Number, date and follow-up hits count only for citations pointing into a changed committee.
  const redoIds = new Set(
    affected
      .filter(
        (r) =>
          // Meeting references without a case number have their own pass (relinkMeetingRefs.ts).
          r.kind !== 'meeting-reference' &&
          (ownCitationIds.has(String(r.id)) ||
            touchedSet.has(String(r.fromCase)) ||
            committeeSet.has(effectiveCommittee(r as { committee?: string; fromCase: string }))),
      )
      .map((r) => String(r.id)),
  );

  // Undo the links of the citations being re-resolved or going away.
  const undo: GoneCitation[] = [
    ...scope.gone,
    ...affected
      .filter((r) => redoIds.has(String(r.id)))
      .map((r) => ({
        id: String(r.id),
        fromCase: String(r.fromCase),
        ...(r.fromActionItem ? { fromActionItem: String(r.fromActionItem) } : {}),
        ...(r.number
          ? { stub: `${effectiveCommittee(r as { committee?: string; fromCase: string })}-${String(r.number)}` }
          : {}),
      })),
  ];
  const undoIds = [...new Set(undo.map((u) => u.id))];
  const pairsOf = new Set([...touchedIds, ...undo.map((u) => u.fromCase)]);
  const oldLinks = undo.length
    ? await tx.run(
        `CALL () {
           UNWIND $undo AS u MATCH (c:Case {id: u.fromCase})-[r:LINKED|PLANNED]-(o) WHERE u.id IN r.sourceIds
           RETURN r, o
           UNION
           UNWIND $undo AS u MATCH (:ActionItem {id: u.fromActionItem})-[r:FOLLOWED_UP_BY]->(o) WHERE u.id IN r.sourceIds
           RETURN r, o
         }
         RETURN DISTINCT elementId(r) AS id, r.k AS k, r.sourceIds AS sourceIds, r.sources AS sources,
                CASE WHEN o:Case THEN o.id END AS other`,
        { undo: undo.map((u) => ({ id: u.id, fromCase: u.fromCase, fromActionItem: u.fromActionItem ?? '' })) },
      )
    : [];
  for (const r of oldLinks) if (r.other) pairsOf.add(String(r.other));
  // Inferred "same matter" of every pair with a changed side is recomputed.
  const samePairs = await tx.run(
    `UNWIND $ids AS id MATCH (:Case {id: id})-[r:LINKED {k: 'same-matter'}]-()
     WITH DISTINCT r WHERE any(s IN r.sourceIds WHERE s STARTS WITH 'pair:')
     RETURN elementId(r) AS id, r.k AS k, r.sourceIds AS sourceIds, r.sources AS sources`,
    { ids: [...pairsOf] },
  );
  const gonePairs = new Set(
    samePairs.flatMap((r) =>
      (r.sourceIds as string[]).filter((s) => {
        if (!s.startsWith('pair:')) return false;
        const [a, b] = s.slice(5).split('|');
        return pairsOf.has(a!) || pairsOf.has(b!);
      }),
    ),
  );
  const dropOld = new Map<string, (typeof oldLinks)[number]>();
  for (const r of [...oldLinks, ...samePairs]) dropOld.set(String(r.id), r);
  await dropRelSources(
    tx,
    [...dropOld.values()] as unknown as Parameters<typeof dropRelSources>[1],
    new Set([...undoIds, ...gonePairs]),
  );
  const stubCases = await tx.run(
    `UNWIND $undo AS u MATCH (c:Case {id: u.stub})<-[s:SOURCE_OF {derived: true}]-() WHERE s.citation = u.id
     DELETE s RETURN DISTINCT c.id AS id`,
    { undo: undo.filter((u) => u.stub) },
  );
  await recomputeNodes(
    tx,
    stubCases.map((r) => ({ label: 'Case', key: String(r.id) })),
  );

  // The citations to resolve, and every case they (or the changed cases' pairs) can point at.
  const citations = (await tx.run(READ_CITATIONS, { ids: [...redoIds] })).map(
    (r) =>
      ({
        ...(r.citation as object),
        doc: r.doc,
        lineStart: r.lineStart,
        lineEnd: r.lineEnd,
        quote: r.quote,
      }) as CitationInfo,
  );
  const candidateIds = new Set<string>([...pairsOf]);
  const windows: { committee: string | null; from: string; to: string }[] = [];
  for (const ci of citations) {
    const c = effectiveCommittee(ci);
    candidateIds.add(ci.fromCase);
    if (ci.number) candidateIds.add(`${c}-${ci.number}`);
    if (ci.date) windows.push({ committee: c, from: ci.date, to: ci.date });
  }
  const pairStates = await caseStates(tx, [...pairsOf]);
  for (const s of pairStates) {
    const first = s.dates[0];
    if (first)
      windows.push({ committee: null, from: shift(first, -SAME_MATTER_DAYS), to: shift(first, SAME_MATTER_DAYS) });
  }
  // Cases near a cited number's own treatments (the reconciliation by committee, date and title).
  const citedStates = await caseStates(
    tx,
    citations.filter((ci) => ci.number).map((ci) => `${effectiveCommittee(ci)}-${ci.number}`),
  );
  for (const s of citedStates)
    for (const d of s.dates)
      windows.push({ committee: s.committee, from: shift(d, -NEAR_DAYS), to: shift(d, NEAR_DAYS) });
  const merged = mergeWindows(windows);
  const inWindows = merged.length
    ? await tx.run(
        `UNWIND $windows AS w
         CALL (w) {
           MATCH (m:Meeting) WHERE w.committee IS NULL AND m.startDate >= w.from AND m.startDate <= w.to RETURN m
           UNION
           MATCH (m:Meeting {committee: w.committee}) WHERE m.startDate >= w.from AND m.startDate <= w.to RETURN m
         }
         MATCH (c:Case)-[:TREATED_AT]->(m)
         RETURN DISTINCT c.id AS id`,
        { windows: merged },
      )
    : [];
  for (const r of inWindows) candidateIds.add(String(r.id));
  const followUps = citations.filter((ci) => ci.kind === 'follow-up');
  if (followUps.length) {
    const fromDates = new Map(
      (
        await caseStates(
          tx,
          followUps.map((ci) => ci.fromCase),
        )
      ).map((s) => [s.id, s.dates[0]]),
    );
    const rows = await tx.run(
      `UNWIND $rows AS row
       CALL (row) {
         MATCH (m:Meeting {committee: row.committee}) WHERE m.startDate > row.after
         WITH m ORDER BY m.startDate LIMIT $limit
         MATCH (c:Case)-[:TREATED_AT]->(m) RETURN DISTINCT c.id AS id
       }
       RETURN DISTINCT id`,
      {
        limit: FOLLOW_UP_MEETINGS,
        rows: followUps
          .filter((ci) => fromDates.get(ci.fromCase))
          .map((ci) => ({ committee: effectiveCommittee(ci), after: fromDates.get(ci.fromCase)! })),
      },
    );
    for (const r of rows) candidateIds.add(String(r.id));
  }
  const cases = (await tx.run(READ_CASES, { ids: [...candidateIds] })).map((r) => ({
    ...(r as unknown as CaseInfo),
    dates: (r.dates as string[]).filter(Boolean).sort(),
  }));
  // Pairs already linked by citations that are not re-resolved here suppress "same matter".
  const linkedRows = await tx.run(
    `UNWIND $ids AS id MATCH (a:Case {id: id})-[:LINKED]-(b:Case) RETURN DISTINCT a.id AS a, b.id AS b`,
    { ids: [...pairsOf] },
  );
  const res = resolveLinks(cases, citations, {
    pairsOf,
    linkedPairs: new Set(linkedRows.map((r) => [String(r.a), String(r.b)].sort().join('|'))),
  });

  if (res.stubs.length) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (c:Case {id: row.id})
       WITH c, row
       MATCH (d:Document {id: row.doc})
       MERGE (d)-[s:SOURCE_OF {derived: true, citation: row.citation}]->(c)
       SET s.contributed = row.contributed, s.lineStart = row.lineStart, s.lineEnd = row.lineEnd, s.quote = row.quote`,
      {
        rows: res.stubs.map((s) => ({
          id: s.id,
          citation: s.citation,
          doc: s.prov.doc,
          contributed: JSON.stringify({
            id: s.id,
            committee: s.committee,
            number: s.number,
            title: s.title,
            stub: true,
          }),
          lineStart: s.prov.lineStart,
          lineEnd: s.prov.lineEnd,
          quote: s.prov.quote,
        })),
      },
    );
    await recomputeNodes(
      tx,
      res.stubs.map((s) => ({ label: 'Case', key: s.id })),
    );
  }
  await addRelSources(tx, res.rels.map(derivedRow), { derived: true });

  await tx.run('UNWIND $ids AS id MATCH (ci:Citation {id: id}) REMOVE ci.warning', { ids: [...redoIds] });
  const warned = [...res.warnings].map(([id, warning]) => ({ id, warning }));
  if (warned.length)
    await tx.run('UNWIND $rows AS row MATCH (ci:Citation {id: row.id}) SET ci.warning = row.warning', { rows: warned });
  return {
    links: res.rels.filter((r) => ownCitationIds.has(r.source)).length,
    warnings: citations
      .filter((c) => ownCitationIds.has(c.id) && res.warnings.has(c.id))
      .map((c) => `${c.fromCase}: ${res.warnings.get(c.id)}`),
  };
}

function derivedRow(r: DerivedRel): RelSourceRow {
  const source = (props: Record<string, unknown>) => ({
    doc: r.prov.doc,
    lineStart: r.prov.lineStart,
    lineEnd: r.prov.lineEnd,
    quote: r.prov.quote,
    props,
    date: null,
    kind: 'derived',
  });
  if (r.type === 'LINKED')
    return {
      type: 'LINKED',
      fromLabel: 'Case',
      toLabel: 'Case',
      from: r.from,
      to: r.to,
      k: r.kind,
      sourceId: r.source,
      source: source({ kind: r.kind }),
    };
  if (r.type === 'PLANNED')
    return {
      type: 'PLANNED',
      fromLabel: 'Case',
      toLabel: 'Committee',
      from: r.from,
      to: r.committee,
      k: r.date ?? '',
      sourceId: r.source,
      source: source(r.date ? { date: r.date } : {}),
    };
  return {
    type: 'FOLLOWED_UP_BY',
    fromLabel: 'ActionItem',
    toLabel: 'Case',
    from: r.actionItem,
    to: r.to,
    k: '',
    sourceId: r.source,
    source: source({}),
  };
}
