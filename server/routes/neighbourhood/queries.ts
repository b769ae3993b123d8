import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../graph/schema/index.js';
import type { GraphFiltersT } from '../../../graph/api/index.js';
import { DETAIL_ONLY } from '../../graph/present.js';

export interface Hop {
  a: string;
  b: string;
  labels: string[];
  /** Null for a node given in `known`. */
  props: Record<string, unknown> | null;
  type: string;
  outgoing: boolean;
  rprops: Record<string, unknown>;
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

// What a node element shows: no prose it never draws (a label needs 80 characters of a context).
const NODE_PROPS = `b {.*, ${DETAIL_ONLY.map((k) => (k === 'context' ? 'context: left(b.context, 120)' : `${k}: null`)).join(', ')}}`;

/*
 * One breadth-first step. A node already in the answer (`$known`, keyed by element id) comes back
 * without its properties: at depth 2 around a committee most rows lead to nodes met before, and
 * their properties were most of the bytes Neo4j sent (2.9 MB for 4,000 rows). Filters apply to the nodes reached: kinds, a committee (nodes that have
 * one), a date range (cases and meetings) and a topic (cases and statements must be about it).
 */
const STEP = `
UNWIND $frontier AS id
MATCH (a) WHERE elementId(a) = id
MATCH (a)-[r]-(b)
WHERE type(r) IN $rels
  AND any(l IN labels(b) WHERE l IN $kinds)
  AND ($committee IS NULL OR b.committee IS NULL OR b.committee = $committee OR (b:Committee AND b.key = $committee) OR NOT (b:Case OR b:Meeting OR b:Committee))
  AND ($committee IS NULL OR NOT b:Committee OR b.key = $committee)
  AND ($from IS NULL OR coalesce(b.date, b.startDate) IS NULL OR coalesce(b.date, b.startDate) >= $from)
  AND ($to IS NULL OR coalesce(b.date, b.startDate) IS NULL OR coalesce(b.date, b.startDate) <= $to)
  AND ($topic IS NULL OR NOT (b:Case OR b:Statement)
       OR EXISTS { (b)-[:ABOUT]->(:Topic {key: $topic}) }
       OR EXISTS { (b)-[:ON]->(:Case)-[:ABOUT]->(:Topic {key: $topic}) })
RETURN elementId(a) AS a, elementId(b) AS b, labels(b) AS labels,
       CASE WHEN $known[elementId(b)] IS NULL THEN ${NODE_PROPS} END AS props,
       type(r) AS type, startNode(r) = a AS outgoing,
       // Provenance stays in Neo4j: GET /api/edges/sources lists it when an edge is opened.
       r {.*, sources: null, sourceIds: null, quote: null, doc: null, rank: null, lineStart: null, lineEnd: null,
          sourceCount: CASE WHEN r.sourceIds IS NULL THEN 1 ELSE size(r.sourceIds) END} AS rprops
LIMIT $cap`;

export async function step(
  executor: Executor,
  frontier: string[],
  filters: GraphFiltersT & { kinds: string[]; rels: string[] },
  cap: number,
  known: ReadonlySet<string> = new Set(),
): Promise<Hop[]> {
  const rows = await executor.read(
    STEP,
    {
      frontier,
      known: Object.fromEntries([...known].map((k) => [k, true])),
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
