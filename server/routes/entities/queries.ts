import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../graph/schema/index.js';

export interface EntityRow {
  labels: string[];
  props: Record<string, unknown>;
  counts: { type: string; direction: 'out' | 'in'; count: number }[];
  sources: {
    document: string;
    docId: string;
    file: string;
    kind: string;
    lineStart: number;
    lineEnd: number;
    quote: string;
  }[];
}

// The label is interpolated from the schema registry (validated); the key is a parameter.
const entityQuery = (label: NodeLabel) => `
MATCH (n:${label} {${NODE_LABELS[label].key}: $key})
OPTIONAL CALL (n) {
  MATCH (n)-[r]->(m) WHERE type(r) <> 'SOURCE_OF'
  RETURN type(r) AS type, 'out' AS direction, count(DISTINCT m) AS count
  UNION ALL
  MATCH (n)<-[r]-(m) WHERE type(r) <> 'SOURCE_OF'
  RETURN type(r) AS type, 'in' AS direction, count(DISTINCT m) AS count
}
// OPTIONAL: a node without relationships (a topic with no cases yet) still opens.
WITH n, [c IN collect({type: type, direction: direction, count: count}) WHERE c.type IS NOT NULL] AS counts
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF]->(n)
// Ordered to the last tie (two documents of one meeting share its date): the same graph gives the same answer.
WITH n, counts, d, s ORDER BY d.date, d.file, d.id, s.lineStart, s.lineEnd, s.quote, s.derived
// A Document's whole text is for the source viewer (/api/documents/{id}), not for its details.
RETURN labels(n) AS labels, CASE WHEN n:Document THEN n {.*, text: null} ELSE properties(n) END AS props, counts,
       [x IN collect(CASE WHEN d IS NULL THEN null ELSE {document: d.name, docId: d.id, file: d.file, kind: CASE WHEN s.derived THEN 'reference' ELSE d.kind END, lineStart: s.lineStart, lineEnd: s.lineEnd, quote: s.quote} END) WHERE x IS NOT NULL] AS sources`;

export async function readEntity(executor: Executor, label: NodeLabel, key: string): Promise<EntityRow | undefined> {
  const [row] = await executor.read(entityQuery(label), { key }, 'entity');
  return row as EntityRow | undefined;
}
