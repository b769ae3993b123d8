import type { WriteTx } from '../../graph/executor.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelType } from '../../graph/schema/index.js';
import { chunks, groupBy, KEEP_PLAN, runBlocks } from './batches.js';
import { rankOf } from './contributions.js';

/*
 * A fact stated by several documents is ONE relationship. Its sources are kept on it as two
 * parallel lists sorted by source id: `sourceIds` (the Document id, or for derived links the
 * Citation id) and `sources` (JSON: document, lines, quote, the properties that source gave, and
 * its date and kind for ranking). `doc`, `lineStart`, `lineEnd`, `quote` and the relationship's
 * own properties are those of its most authoritative source (latest meeting, minutes over agendas
 * over case notes), so a single-source reader still finds them where it always did.
 *
 * A call writes each relationship once, with every source it adds: one small MERGE statement per
 * type and endpoint labels present creates what is new, complete (createdRel), and returns the
 * stored ids and rank of what exists; the sources those lack are then added to them by element
 * id in one statement for every type (planSources, ADD_SOURCES). Before, each source of a
 * relationship was its own wave of statements (a member named by 40 minutes of a batch: 40), and
 * merging sources inside the per-type statements made each of them slow to plan.
 */

/** One source of a relationship, as stored (JSON) in its `sources` list. */
export interface RelSource {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
  props: Record<string, unknown>;
  date?: string | null;
  kind: string;
}

export interface RelSourceRow {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  from: string;
  to: string;
  k: string;
  sourceId: string;
  source: RelSource;
}

/** Rank of a source: later meetings win, then minutes over agendas over case notes, then id. */
export const rankSource = (s: RelSource, id: string) => rankOf({ docDate: s.date, docKind: s.kind, docId: id });

/** Every "type|fromLabel|toLabel" the schema allows, SOURCE_OF aside (written with the nodes). */
const REL_SHAPE = (Object.keys(RELATIONSHIP_TYPES) as RelType[])
  .filter((t) => t !== 'SOURCE_OF')
  .flatMap((t) =>
    (RELATIONSHIP_TYPES[t].from as readonly NodeLabel[]).flatMap((from) =>
      (RELATIONSHIP_TYPES[t].to as readonly NodeLabel[]).map((to) => `${t}|${from}|${to}`),
    ),
  );

const keyOf = (label: NodeLabel) => NODE_LABELS[label].key;

/** The new `sources` list of a stored relationship: slices of the stored list and new sources, in order. */
export type SourcesPlan = ({ from: number; to: number } | { src: string })[];

/** What one relationship needs written, worked out from its stored ids and rank. */
export interface SourcesWrite {
  /** Properties of sources ranked below the shown one, lowest first: they only fill gaps. */
  lower: Record<string, unknown>[];
  /** Properties of sources ranked at or above it, lowest first: each overrides. */
  higher: Record<string, unknown>[];
  /** The new shown source, when one of `higher` outranks the stored one. */
  top: { rank: string; doc: string; lineStart: number; lineEnd: number; quote: string } | null;
  sourceIds: string[];
  plan: SourcesPlan;
}

/**
 * What adding `rows` (sources of one relationship) to it makes of it, given the stored
 * `sourceIds` (sorted) and `rank`; undefined when every source is already recorded. Sources below
 * the shown one only fill properties the relationship lacks; those at or above it apply in rank
 * order, the highest becoming the shown source. So each property comes from the highest-ranked
 * source that gives it, whatever order documents load in.
 */
export function planSources(
  stored: { sourceIds?: string[] | null; rank?: string | null },
  rows: RelSourceRow[],
): SourcesWrite | undefined {
  const old = stored.sourceIds ?? [];
  const known = new Set(old);
  const news = newSources(rows).filter((s) => !known.has(s.id));
  if (!news.length) return undefined;
  const rank = stored.rank ?? null;
  const lower = news.filter((s) => rank !== null && s.rank < rank);
  const higher = news.filter((s) => rank === null || s.rank >= rank);
  const best = higher.at(-1);
  const plan: SourcesPlan = [];
  const sourceIds: string[] = [];
  let i = 0;
  for (const s of [...news].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let j = i;
    while (j < old.length && old[j]! < s.id) j++;
    if (j > i) plan.push({ from: i, to: j });
    sourceIds.push(...old.slice(i, j), s.id);
    plan.push({ src: s.src });
    i = j;
  }
  if (i < old.length) plan.push({ from: i, to: old.length });
  sourceIds.push(...old.slice(i));
  return {
    lower: lower.map((s) => s.props),
    higher: higher.map((s) => s.props),
    top: best
      ? { rank: best.rank, doc: best.doc, lineStart: best.lineStart, lineEnd: best.lineEnd, quote: best.quote }
      : null,
    sourceIds,
    plan,
  };
}

/**
 * The part of one statement that finds or creates relationships of one type between two labels,
 * returning each one's element id, sorted source ids and rank (`j`: the row's place in the call's
 * list of relationships). Kept small on purpose: there is one text per type and endpoint labels,
 * each planned once per Neo4j start, and planning cost grows with the text (~30 such shapes took
 * 7 s of a first batch when each also merged sources).
 */
function mergeRelsBlock(type: RelType, fromLabel: NodeLabel, toLabel: NodeLabel, i: number): string {
  return `CALL () {
  UNWIND $rows${i} AS row
  MATCH (a:${fromLabel} {${keyOf(fromLabel)}: row.from})
  MATCH (b:${toLabel} {${keyOf(toLabel)}: row.to})
  MERGE (a)-[r:${type} {k: row.k}]->(b)
  ON CREATE SET r += row.init
  RETURN collect([row.j, elementId(r), r.sourceIds, r.rank]) AS ids${i}
}`;
}

/**
 * A relationship as its sources alone make it: what the MERGE above sets when it creates one.
 * Created relationships are then done (planSources finds every source recorded): finding one
 * created in the same transaction again by element id costs time that grows with the graph
 * (measured: 1.6–4.3 s per 1,000 within an ingest, against 0.1 s for stored ones).
 */
export function createdRel(k: string, rows: RelSourceRow[], extra: Record<string, unknown>): Record<string, unknown> {
  // Nothing stored: every source is new and at or above the (absent) shown one, as ADD_SOURCES
  // would apply them to an empty relationship.
  const w = planSources({}, rows)!;
  const props: Record<string, unknown> = { k };
  for (const p of w.higher) Object.assign(props, p);
  Object.assign(props, extra, w.top);
  for (const [key, v] of Object.entries(props)) if (v === null || v === undefined) delete props[key];
  props.sourceIds = w.sourceIds;
  props.sources = w.plan.flatMap((p) => ('src' in p ? [p.src] : []));
  return props;
}

/**
 * Writes what planSources worked out, for relationships of every type (found by element id: one
 * text). The stored `sources` list is only sliced, never read into the loader: a member named in
 * every minutes for ten years has hundreds.
 */
const ADD_SOURCES = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id
WITH r, row, properties(r) AS cur, coalesce(r.sources, []) AS old
FOREACH (p IN row.lower | SET r += p)
FOREACH (_ IN CASE WHEN size(row.lower) > 0 THEN [1] ELSE [] END | SET r += cur)
FOREACH (p IN row.higher | SET r += p)
FOREACH (t IN CASE WHEN row.top IS NULL THEN [] ELSE [row.top] END | SET r += $extra, r += t)
SET r.sourceIds = row.sourceIds,
    r.sources = reduce(acc = [], p IN row.plan | acc + CASE WHEN p.src IS NULL THEN old[p.from..p.to] ELSE [p.src] END)
RETURN count(*) AS n`;

/**
 * Adds sources to relationships, creating a relationship for a fact no source stated before.
 * A source already recorded is left as it is (re-adding is a no-op). Returns, per
 * "type|fromLabel|toLabel", how many rows found both endpoints and how many were given.
 */
export async function addRelSources(
  tx: WriteTx,
  rows: RelSourceRow[],
  extra: Record<string, unknown> = {},
): Promise<Map<string, { found: number; given: number }>> {
  for (const r of rows) {
    const spec = RELATIONSHIP_TYPES[r.type];
    if (!(spec.from as readonly string[]).includes(r.fromLabel) || !(spec.to as readonly string[]).includes(r.toLabel))
      throw new Error(`schema: ${r.type} does not connect ${r.fromLabel} to ${r.toLabel}`);
  }
  const counts = new Map<string, { found: number; given: number }>();
  // One entry per relationship, with every source given for it.
  const rels = [...groupBy(rows, (r) => [r.type, r.fromLabel, r.from, r.toLabel, r.to, r.k].join('\u0000')).values()];
  const groupOf = (r: RelSourceRow) => `${r.type}|${r.fromLabel}|${r.toLabel}`;
  for (const r of rows) {
    const c = counts.get(groupOf(r)) ?? { found: 0, given: 0 };
    c.given++;
    counts.set(groupOf(r), c);
  }
  const byGroup = groupBy(
    rels.map((sources, j) => ({ j, sources })),
    ({ sources }) => groupOf(sources[0]!),
  );
  // Every (type, endpoint labels) of the schema, present or not: one statement text each, planned once.
  const parts = REL_SHAPE.map((group) => ({ group, batches: chunks(byGroup.get(group) ?? []) }));
  const rounds = Math.max(0, ...parts.map((g) => g.batches.length));
  const writes: ({ id: string } & SourcesWrite)[] = [];
  for (let round = 0; round < rounds; round++) {
    const blocks = parts.map(({ group, batches }, i) => {
      const [type, fromLabel, toLabel] = group.split('|') as [RelType, NodeLabel, NodeLabel];
      return { cypher: mergeRelsBlock(type, fromLabel, toLabel, i), returns: [`ids${i}`], empty: !batches[round] };
    });
    const params: Record<string, unknown> = {};
    parts.forEach(({ batches }, i) => {
      params[`rows${i}`] = (batches[round] ?? []).map(({ j, sources }) => {
        const [r] = sources;
        return { j, from: r!.from, to: r!.to, k: r!.k, init: createdRel(r!.k, sources, extra) };
      });
    });
    const res = await runBlocks(tx, blocks, params);
    parts.forEach((_, i) => {
      for (const [j, id, sourceIds, rank] of (res[`ids${i}`] ?? []) as [
        number,
        string,
        string[] | null,
        string | null,
      ][]) {
        const sources = rels[Number(j)]!;
        counts.get(groupOf(sources[0]!))!.found += sources.length;
        const write = planSources({ sourceIds, rank }, sources);
        if (write) writes.push({ id, ...write });
      }
    });
  }
  for (const part of chunks(writes)) await tx.run(ADD_SOURCES, { extra, rows: part });
  return counts;
}

/** The sources of one relationship as a statement row wants them: each once (the first given), by rank. */
export function newSources(rows: RelSourceRow[]) {
  const first = new Map<string, RelSourceRow>();
  for (const r of rows) if (!first.has(r.sourceId)) first.set(r.sourceId, r);
  return [...first.values()]
    .map((r) => ({
      id: r.sourceId,
      src: JSON.stringify(r.source),
      rank: rankSource(r.source, r.sourceId),
      props: r.source.props,
      doc: r.source.doc,
      lineStart: r.source.lineStart,
      lineEnd: r.source.lineEnd,
      quote: r.source.quote,
    }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
}
