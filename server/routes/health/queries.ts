import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../graph/schema/index.js';

// Labels come from the schema registry; one count per label is answered from Neo4j's count store.
// count() goes before the label literal: with a grouping key, an empty label would yield no row.
const COUNT_BY_LABEL = (Object.keys(NODE_LABELS) as NodeLabel[])
  .map((label) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS label, count`)
  .join('\nUNION ALL\n');

export async function countNodesByLabel(executor: Executor): Promise<Record<NodeLabel, number>> {
  const rows = await executor.read(COUNT_BY_LABEL, {}, 'health');
  return Object.fromEntries(rows.map((r) => [r.label, r.count])) as Record<NodeLabel, number>;
}
