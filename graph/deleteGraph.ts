import type { Executor } from './executor.js';
import { GRAPH_META_LABEL } from './schema/meta.js';

/** Rows a deleting transaction takes: small enough for Neo4j's transaction memory pool (256 MB locally). */
const ROWS = 10_000;

/**
 * Empties the graph (all but the GraphMeta node, which applySchema owns), in transactions of a
 * bounded size. Relationships go first: `DETACH DELETE` of a batch of nodes also deletes every
 * relationship of each, and with organisations and topics of thousands of relationships a batch
 * of 5,000 nodes ran over the transaction memory pool on a graph of 200,000 elements.
 */
export async function deleteGraph(executor: Executor): Promise<void> {
  await executor.autoCommit(
    `MATCH (a)-[r]->(b) WHERE NOT a:${GRAPH_META_LABEL} AND NOT b:${GRAPH_META_LABEL}
     CALL (r) { DELETE r } IN TRANSACTIONS OF ${ROWS} ROWS`,
  );
  await executor.autoCommit(
    `MATCH (n) WHERE NOT n:${GRAPH_META_LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${ROWS} ROWS`,
  );
}
