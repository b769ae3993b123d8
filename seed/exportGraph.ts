import type { Executor } from '../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../graph/schema/index.js';

export interface ExportedGraph {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
}

const LABELS = Object.keys(NODE_LABELS) as NodeLabel[];
const KEYS = Object.fromEntries(LABELS.map((l) => [l, NODE_LABELS[l].key]));

// Ids are "<Label>:<key>", stable across exports and databases (unlike Neo4j's element ids).
const NODES = `
MATCH (n) WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN label + ':' + toString(n[$keys[label]]) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;
// The tail of the ORDER BY gives parallel relationships (one per stating document) a stable order.
const RELS = `
MATCH (a)-[r]->(b)
WITH a, r, b, [l IN labels(a) WHERE l IN $labels][0] AS la, [l IN labels(b) WHERE l IN $labels][0] AS lb
WHERE la IS NOT NULL AND lb IS NOT NULL
RETURN type(r) AS type, la + ':' + toString(a[$keys[la]]) AS start, lb + ':' + toString(b[$keys[lb]]) AS end, properties(r) AS properties
ORDER BY type, start, end, coalesce(r.doc, ''), coalesce(r.lineStart, 0), coalesce(r.k, ''), toString(coalesce(r.derived, false))`;

/** The whole graph as JSON: a backup and an exchange format. */
export async function exportGraph(executor: Executor): Promise<ExportedGraph> {
  return executor.readTx(async (tx) => {
    const run = async (q: string) => (await tx.run(q, { labels: LABELS, keys: KEYS })).records.map((r) => r.toObject());
    const nodes = (await run(NODES)) as ExportedGraph['nodes'];
    const relationships = (await run(RELS)) as ExportedGraph['relationships'];
    return { nodes, relationships };
  }, 'export');
}
