import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../graph/schema/index.js';
import type { GraphFiltersT } from '../../../graph/api/index.js';
import { DETAIL_ONLY } from '../../graph/present.js';

/** One relationship met by a step: ids only; properties are read for what the answer keeps. */
export interface Hop {
  /** Index of the start of the hop in the step's frontier. */
  i: number;
  /** Element ids of the node reached and of the relationship. */
  b: string;
  rel: string;
  /** Null for a node given in `known`. */
  labels: string[] | null;
  type: string;
  outgoing: boolean;
}

type Found = { element: string; labels: string[]; props: Record<string, unknown> };

/** Finds start nodes by label and key (one query per label); returns them in input order. */
export async function findNodes(executor: Executor, refs: { label: NodeLabel; key: string }[]) {
  const labels = [...new Set(refs.map((r) => r.label))];
  const found = new Map<string, Found>();
  await Promise.all(
    labels.map(async (label) => {
      const key = NODE_LABELS[label].key;
      const rows = await executor.read(
        `UNWIND $keys AS k MATCH (n:${label} {${key}: k})
         RETURN k, elementId(n) AS element, labels(n) AS labels, properties(n) AS props`,
        { keys: refs.filter((r) => r.label === label).map((r) => r.key) },
        'neighbourhood-start',
      );
      for (const r of rows) found.set(`${label}:${String(r.k)}`, r as unknown as Found);
    }),
  );
  return refs.map((ref) => ({ ref, ...found.get(`${ref.label}:${ref.key}`) }));
}

// What a node element shows: no prose it never draws (a label needs 80 characters of a context,
// and a case's title, which the element then leaves out).
const READ_FOR_LABEL: Record<string, string> = { context: 'left(b.context, 120)', title: 'b.title' };
const NODE_PROPS = `b {.*, ${DETAIL_ONLY.map((k) => `${k}: ${READ_FOR_LABEL[k] ?? 'null'}`).join(', ')}}`;

/*
 * One breadth-first step, in two parts. The step itself returns ids only: at depth 2 around a
 * committee it meets 4,000 relationships, most to nodes met before or beyond the node limit, and
 * returning every row's properties made it three times slower (2.9 MB from Neo4j). Properties are
 * then read for the nodes and relationships the answer keeps (`nodeProps`, `relProps`).
 * Filters apply to the nodes reached: kinds, a committee (nodes that have one), a date range
 * (cases and meetings) and a topic (cases and statements must be about it).
 */
const STEP = `
UNWIND range(0, size($frontier) - 1) AS i
MATCH (a) WHERE elementId(a) = $frontier[i]
MATCH (a)-[r]-(b)
WHERE type(r) IN $rels
  AND any(l IN labels(b) WHERE l IN $kinds)
  AND (NOT type(r) IN $startOnly OR $starts[$frontier[i]] IS NOT NULL OR $starts[elementId(b)] IS NOT NULL)
  AND ($committee IS NULL OR b.committee IS NULL OR b.committee = $committee OR (b:Committee AND b.key = $committee) OR NOT (b:Case OR b:Meeting OR b:Committee))
  AND ($committee IS NULL OR NOT b:Committee OR b.key = $committee)
  AND ($from IS NULL OR coalesce(b.date, b.startDate) IS NULL OR coalesce(b.date, b.startDate) >= $from)
  AND ($to IS NULL OR coalesce(b.date, b.startDate) IS NULL OR coalesce(b.date, b.startDate) <= $to)
  AND ($topic IS NULL OR NOT (b:Case OR b:Statement)
       OR EXISTS { (b)-[:ABOUT]->(:Topic {key: $topic}) }
       OR EXISTS { (b)-[:ON]->(:Case)-[:ABOUT]->(:Topic {key: $topic}) })
RETURN i, elementId(b) AS b, elementId(r) AS rel, CASE WHEN $known[elementId(b)] IS NULL THEN labels(b) END AS labels,
       type(r) AS type, startNode(r) = a AS outgoing
LIMIT $cap`;

const NODES = `UNWIND $ids AS id MATCH (b) WHERE elementId(b) = id RETURN id, ${NODE_PROPS} AS props`;

// Provenance stays in Neo4j: GET /api/edges/sources lists it when an edge is opened.
const RELS = `
UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id
RETURN id, r {.*, sources: null, sourceIds: null, quote: null, doc: null, rank: null, lineStart: null, lineEnd: null,
              sourceCount: CASE WHEN r.sourceIds IS NULL THEN 1 ELSE size(r.sourceIds) END} AS rprops`;

/** Node properties (without prose never drawn) by element id; a node deleted meanwhile is absent. */
export async function nodeProps(executor: Executor, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (!ids.length) return new Map();
  const rows = await executor.read(NODES, { ids }, 'neighbourhood');
  return new Map(rows.map((r) => [String(r.id), r.props as Record<string, unknown>]));
}

/** Relationship properties (without provenance, with the count of sources) by element id. */
export async function relProps(executor: Executor, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (!ids.length) return new Map();
  const rows = await executor.read(RELS, { ids }, 'neighbourhood');
  return new Map(rows.map((r) => [String(r.id), r.rprops as Record<string, unknown>]));
}

/** Relationship types followed only from or to the start nodes (element ids). */
export interface StartOnly {
  rels: readonly string[];
  starts: ReadonlySet<string>;
}
const NO_START_ONLY: StartOnly = { rels: [], starts: new Set() };

// A map parameter: Cypher looks a key up in it directly, where `IN $list` scans the list per row.
const asSet = (ids: ReadonlySet<string>) => Object.fromEntries([...ids].map((k) => [k, true]));

const OMITTED = `
UNWIND $frontier AS id
MATCH (a) WHERE elementId(a) = id AND $starts[id] IS NULL
MATCH (a)-[r]-(b)
WHERE type(r) IN $startOnly AND $starts[elementId(b)] IS NULL AND $expanded[elementId(b)] IS NULL
  AND any(l IN labels(b) WHERE l IN $kinds)
RETURN type(r) AS type, count(DISTINCT r) AS count`;

/**
 * How many relationships of the start-only types one step did not follow, per type. One to a node
 * expanded in an earlier step (`expanded`) was counted from that node then.
 */
export async function omittedBy(
  executor: Executor,
  frontier: string[],
  kinds: string[],
  only: StartOnly,
  expanded: ReadonlySet<string>,
): Promise<{ type: string; count: number }[]> {
  // From nodes the visitor opened everything is followed: nothing to count (the first step).
  const from = frontier.filter((id) => !only.starts.has(id));
  if (!only.rels.length || !from.length) return [];
  const rows = await executor.read(
    OMITTED,
    { frontier: from, kinds, startOnly: only.rels, starts: asSet(only.starts), expanded: asSet(expanded) },
    'neighbourhood',
  );
  return rows.map((r) => ({ type: String(r.type), count: Number(r.count) })).filter((r) => r.count > 0);
}

export async function step(
  executor: Executor,
  frontier: string[],
  filters: GraphFiltersT & { kinds: string[]; rels: string[] },
  cap: number,
  known: ReadonlySet<string> = new Set(),
  only: StartOnly = NO_START_ONLY,
): Promise<Hop[]> {
  const rows = await executor.read(
    STEP,
    {
      frontier,
      known: asSet(known),
      startOnly: only.rels,
      starts: asSet(only.starts),
      rels: filters.rels,
      kinds: filters.kinds,
      committee: filters.committee ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      topic: filters.topic ?? null,
      cap,
    },
    'neighbourhood',
  );
  return rows as unknown as Hop[];
}

export async function documentNames(
  executor: Executor,
  ids: string[],
): Promise<Map<string, { name: string; file: string }>> {
  if (!ids.length) return new Map();
  const rows = await executor.read(
    'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.name AS name, d.file AS file',
    { ids },
    'documents',
  );
  return new Map(rows.map((r) => [String(r.id), { name: String(r.name), file: String(r.file) }]));
}
