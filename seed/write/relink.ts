import type { Row, WriteTx } from '../../graph/executor.js';
import { dropRelSources, recomputeNodes } from './graphWrites.js';
import { addRelSources, type RelSourceRow } from './relSources.js';
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
  return toCaseStates(rows);
}

/** Case states from rows of id, committee, number and dates (however they were read). */
export function toCaseStates(rows: Row[] | undefined): CaseState[] {
  return (rows ?? []).map((r) => ({
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

const CITATION_FIELDS = `ci.id AS id, ci.fromCase AS fromCase, ci.committee AS committee, ci.fromActionItem AS fromActionItem,
            ci.number AS number, ci.kind AS kind`;

/** Case fields resolveLinks needs, for a `c` in scope (a CALL body ending in `RETURN … AS cases`). */
const READ_CASE = `
MATCH (c:Case {id: id})
OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
WITH c, collect(DISTINCT m.startDate) AS dates
OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
WITH c, dates, collect(DISTINCT t.key) AS topics
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(c)
WITH c, dates, topics, min(d.id) AS doc
RETURN collect({id: c.id, committee: c.committee, number: c.number, title: c.title,
       stub: coalesce(c.stub, false), dates: dates, topics: topics, doc: doc}) AS cases`;

/**
 * Re-resolves the links that the changed cases and the file's own citations can affect, inside
 * the caller's transaction. Returns the links stated by `ownDocs`' citations and their warnings.
 * `ownCitations` (the ids of the citations those documents state) spares a read when the caller
 * has them. Lookups that depend only on what is already known share one statement.
 */
export async function relinkScoped(
  tx: WriteTx,
  scope: { cases: string[]; before: CaseState[]; ownDocs: string[]; gone: GoneCitation[]; ownCitations?: string[] },
): Promise<RelinkResult> {
  const touchedIds = [...new Set([...scope.cases, ...scope.before.map((c) => c.id)])];
  // Cases are ordered in flows by the first meeting that treated them.
  const after = touchedIds.length
    ? toCaseStates(
        await tx.run(
          `UNWIND $ids AS id MATCH (c:Case {id: id})
           OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
           WITH c, collect(DISTINCT m.startDate) AS dates
           SET c.date = reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END)
           RETURN c.id AS id, c.committee AS committee, c.number AS number, dates`,
          { ids: touchedIds },
        ),
      )
    : [];
  const changed = [...scope.before, ...after];
  const committees = [...new Set(changed.map((c) => c.committee))];
  const dates = [...new Set(changed.flatMap((c) => c.dates))];

  // Cases near the changed ones: a citation of one of their numbers may now reconcile differently.
  const nearWindows = mergeWindows(
    changed.flatMap((c) =>
      c.dates.map((d) => ({ committee: c.committee, from: shift(d, -NEAR_DAYS), to: shift(d, NEAR_DAYS) })),
    ),
  );
  const numbers = [...new Set(changed.map((c) => c.number))].filter(Boolean);
  const ownCitationIds = new Set(
    scope.ownCitations ??
      (scope.ownDocs.length
        ? await tx.run(
            'MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(ci:Citation) WHERE d.id IN $docs RETURN ci.id AS id',
            { docs: scope.ownDocs },
          )
        : []
      ).map((r) => String(r.id)),
  );
  const affected =
    touchedIds.length || ownCitationIds.size
      ? await tx.run(
          `CALL () {
             UNWIND $windows AS w
             MATCH (m:Meeting {committee: w.committee}) WHERE m.startDate >= w.from AND m.startDate <= w.to
             MATCH (c:Case)-[:TREATED_AT]->(m)
             RETURN collect(DISTINCT c.number) AS near
           }
           CALL (near) {
             UNWIND $own AS id MATCH (ci:Citation {id: id}) RETURN ci
             UNION
             UNWIND $ids AS id MATCH (ci:Citation {fromCase: id}) RETURN ci
             UNION
             UNWIND $numbers + near AS nr MATCH (ci:Citation {number: nr}) RETURN ci
             UNION
             UNWIND $dates AS dt MATCH (ci:Citation {date: dt}) RETURN ci
             UNION
             MATCH (ci:Citation {kind: 'follow-up'}) WHERE size($committees) > 0 RETURN ci
           }
           RETURN ${CITATION_FIELDS}`,
          { windows: nearWindows, own: [...ownCitationIds], ids: touchedIds, numbers, dates, committees },
        )
      : [];
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
  // The links of undone citations and the inferred "same matter" links of every case with a
  // changed side (those of the other ends of undone links included), in one read.
  const [linkRows] = await tx.run(
    `CALL () {
       UNWIND $undo AS u MATCH (c:Case {id: u.fromCase})-[r:LINKED|PLANNED]-(o) WHERE u.id IN r.sourceIds
       RETURN r, o
       UNION
       UNWIND $undo AS u MATCH (:ActionItem {id: u.fromActionItem})-[r:FOLLOWED_UP_BY]->(o) WHERE u.id IN r.sourceIds
       RETURN r, o
     }
     WITH collect(DISTINCT {id: elementId(r), k: r.k, sourceIds: r.sourceIds, sources: r.sources,
                            other: CASE WHEN o:Case THEN o.id END}) AS old
     CALL (old) {
       UNWIND $ids + [x IN old WHERE x.other IS NOT NULL | x.other] AS id
       MATCH (:Case {id: id})-[r:LINKED {k: 'same-matter'}]-()
       WITH DISTINCT r WHERE any(s IN r.sourceIds WHERE s STARTS WITH 'pair:')
       RETURN collect({id: elementId(r), k: r.k, sourceIds: r.sourceIds, sources: r.sources}) AS same
     }
     RETURN old, same`,
    {
      undo: undo.map((u) => ({ id: u.id, fromCase: u.fromCase, fromActionItem: u.fromActionItem ?? '' })),
      ids: [...pairsOf],
    },
  );
  const oldLinks = (linkRows?.old ?? []) as { id: string; other?: string | null }[];
  const samePairs = (linkRows?.same ?? []) as { id: string; sourceIds: string[] }[];
  for (const r of oldLinks) if (r.other) pairsOf.add(String(r.other));
  const gonePairs = new Set(
    samePairs.flatMap((r) =>
      r.sourceIds.filter((s) => {
        if (!s.startsWith('pair:')) return false;
        const [a, b] = s.slice(5).split('|');
        return pairsOf.has(a!) || pairsOf.has(b!);
      }),
    ),
  );
  const dropOld = new Map<string, unknown>();
  for (const r of [...oldLinks, ...samePairs]) dropOld.set(String(r.id), r);
  await dropRelSources(
    tx,
    [...dropOld.values()] as Parameters<typeof dropRelSources>[1],
    new Set([...undoIds, ...gonePairs]),
  );
  const stubUndo = undo.filter((u) => u.stub);
  const stubCases = stubUndo.length
    ? await tx.run(
        `UNWIND $undo AS u MATCH (c:Case {id: u.stub})<-[s:SOURCE_OF {derived: true}]-() WHERE s.citation = u.id
         DELETE s RETURN DISTINCT c.id AS id`,
        { undo: stubUndo },
      )
    : [];
  await recomputeNodes(
    tx,
    stubCases.map((r) => ({ label: 'Case', key: String(r.id) })),
  );

  // The citations to resolve, and every case they (or the changed cases' pairs) can point at.
  const citations = redoIds.size
    ? (
        await tx.run(
          `UNWIND $ids AS id
           MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ci:Citation {id: id})
           RETURN ci {.*} AS citation, d.id AS doc, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote`,
          { ids: [...redoIds] },
        )
      ).map(
        (r) =>
          ({
            ...(r.citation as object),
            doc: r.doc,
            lineStart: r.lineStart,
            lineEnd: r.lineEnd,
            quote: r.quote,
          }) as CitationInfo,
      )
    : [];
  const candidateIds = new Set<string>([...pairsOf]);
  const windows: { committee: string | null; from: string; to: string }[] = [];
  for (const ci of citations) {
    const c = effectiveCommittee(ci);
    candidateIds.add(ci.fromCase);
    if (ci.number) candidateIds.add(`${c}-${ci.number}`);
    if (ci.date) windows.push({ committee: c, from: ci.date, to: ci.date });
  }
  const followUps = citations.filter((ci) => ci.kind === 'follow-up');
  const cited = citations.filter((ci) => ci.number).map((ci) => `${effectiveCommittee(ci)}-${ci.number}`);
  // States of the pairs' cases, the cited numbers and the follow-ups' citing cases, in one read.
  const states = new Map(
    (await caseStates(tx, [...pairsOf, ...cited, ...followUps.map((ci) => ci.fromCase)])).map((s) => [s.id, s]),
  );
  for (const id of pairsOf) {
    const first = states.get(id)?.dates[0];
    if (first)
      windows.push({ committee: null, from: shift(first, -SAME_MATTER_DAYS), to: shift(first, SAME_MATTER_DAYS) });
  }
  // Cases near a cited number's own treatments (the reconciliation by committee, date and title).
  for (const id of new Set(cited)) {
    const s = states.get(id);
    if (s)
      for (const d of s.dates)
        windows.push({ committee: s.committee, from: shift(d, -NEAR_DAYS), to: shift(d, NEAR_DAYS) });
  }
  const followRows = followUps
    .filter((ci) => states.get(ci.fromCase)?.dates[0])
    .map((ci) => ({ committee: effectiveCommittee(ci), after: states.get(ci.fromCase)!.dates[0]! }));
  const merged = mergeWindows(windows);
  // Candidates in date windows and after follow-ups, read with the pairs already linked by
  // citations that are not re-resolved here (they suppress "same matter"), in one statement.
  const [read] = await tx.run(
    `CALL () {
       CALL () {
         UNWIND $anyWindows AS w
         MATCH (m:Meeting) WHERE m.startDate >= w.from AND m.startDate <= w.to RETURN m
         UNION
         UNWIND $committeeWindows AS w
         MATCH (m:Meeting {committee: w.committee}) WHERE m.startDate >= w.from AND m.startDate <= w.to RETURN m
       }
       MATCH (c:Case)-[:TREATED_AT]->(m)
       RETURN collect(DISTINCT c.id) AS inWindows
     }
     CALL () {
       UNWIND $followUps AS row
       CALL (row) {
         MATCH (m:Meeting {committee: row.committee}) WHERE m.startDate > row.after
         WITH m ORDER BY m.startDate LIMIT $limit
         MATCH (c:Case)-[:TREATED_AT]->(m) RETURN DISTINCT c.id AS id
       }
       RETURN collect(DISTINCT id) AS followed
     }
     CALL (inWindows, followed) {
       UNWIND $ids + inWindows + followed AS id
       WITH DISTINCT id
       ${READ_CASE}
     }
     CALL () {
       UNWIND $pairs AS id MATCH (a:Case {id: id})-[:LINKED]-(b:Case) RETURN collect(DISTINCT [a.id, b.id]) AS linked
     }
     RETURN cases, linked`,
    {
      // Windows of any committee and of one, in lists of their own: a per-row "committee IS NULL"
      // test made the any-committee branch the costliest statement of a batch (40 of 459 s in a
      // profiled 150-file load), where each list alone seeks its own index.
      anyWindows: merged.filter((w) => w.committee === null),
      committeeWindows: merged.filter((w) => w.committee !== null),
      followUps: followRows,
      limit: FOLLOW_UP_MEETINGS,
      ids: [...candidateIds],
      pairs: [...pairsOf],
    },
  );
  const cases = ((read?.cases ?? []) as CaseInfo[]).map((c) => ({ ...c, dates: c.dates.filter(Boolean).sort() }));
  const res = resolveLinks(cases, citations, {
    pairsOf,
    linkedPairs: new Set(((read?.linked ?? []) as string[][]).map((p) => [...p].sort().join('|'))),
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

  if (redoIds.size)
    await tx.run(
      `UNWIND $ids AS id MATCH (ci:Citation {id: id})
       REMOVE ci.warning
       WITH ci, $warnings[id] AS warning WHERE warning IS NOT NULL
       SET ci.warning = warning`,
      { ids: [...redoIds], warnings: Object.fromEntries(res.warnings) },
    );
  return relinkResult(
    citations.filter((c) => ownCitationIds.has(c.id)),
    res.warnings,
    res.rels.map((r) => r.source),
  );
}

/** What one citation of the loading documents gave: its links and its warning, if any. */
export interface CitationOutcome {
  links: number;
  warning?: string;
}

/**
 * What relinking gave the loading documents' citations: in total, and per citation so that a
 * batch of files can tell each file its own share.
 */
export interface RelinkResult {
  links: number;
  warnings: string[];
  byCitation: Map<string, CitationOutcome>;
}

/**
 * The outcome of the loading documents' own citations (in the order given, so warnings come in the
 * order they always did), from the warnings of the resolution and the citation of each link made.
 */
export function relinkResult(
  own: { id: string; fromCase: string }[],
  warnings: Map<string, string>,
  linkSources: string[],
): RelinkResult {
  const byCitation = new Map<string, CitationOutcome>();
  for (const c of own) {
    const warning = warnings.get(c.id);
    byCitation.set(c.id, warning ? { links: 0, warning: `${c.fromCase}: ${warning}` } : { links: 0 });
  }
  for (const id of linkSources) {
    const o = byCitation.get(id);
    if (o) o.links++;
  }
  const all = [...byCitation.values()];
  return {
    links: all.reduce((n, c) => n + c.links, 0),
    warnings: all.flatMap((c) => (c.warning ? [c.warning] : [])),
    byCitation,
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
