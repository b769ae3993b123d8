/**
 * What the database itself can do, measured on the Neo4j an ingest bench runs on, so that the
 * loader is judged by ratios to it (a busy machine moves both sides):
 * - the ceiling: batched `UNWIND … MERGE` on an indexed key plus one link per node, 10,000 rows a
 *   transaction (Neo4j's own loading advice);
 * - the floor: one auto-commit `CREATE` per row, what a naive row-by-row loader achieves.
 * Both write Statements (a label with a uniqueness constraint) under an id prefix of their own
 * and delete them afterwards.
 */
import type { Executor } from '../graph/executor.js';

const CEILING_PREFIX = 'bench-ceiling-';
const FLOOR_PREFIX = 'bench-floor-';

// Node and link in one statement: MERGE on the key, then the link to the row before it.
const CEILING_BATCH = `
UNWIND $rows AS row
MERGE (n:Statement {id: row.id})
SET n.text = row.text
WITH n, row WHERE row.prev IS NOT NULL
MATCH (p:Statement {id: row.prev})
MERGE (n)-[:RESPONDS_TO]->(p)`;

async function removePrefix(ex: Executor, prefix: string): Promise<void> {
  await ex.autoCommit(
    'MATCH (s:Statement) WHERE s.id STARTS WITH $prefix CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS',
    { prefix },
  );
}

/** Elements (nodes + relationships) per second of the batched-UNWIND ceiling. */
export async function unwindCeiling(ex: Executor, nodes = 100_000, rowsPerTx = 10_000): Promise<number> {
  const t0 = performance.now();
  for (let start = 0; start < nodes; start += rowsPerTx) {
    const rows: { id: string; text: string; prev: string | null }[] = [];
    for (let i = start; i < Math.min(nodes, start + rowsPerTx); i++)
      rows.push({ id: `${CEILING_PREFIX}${i}`, text: `row ${i}`, prev: i ? `${CEILING_PREFIX}${i - 1}` : null });
    await ex.writeTx((tx) => tx.run(CEILING_BATCH, { rows }), 'bench');
  }
  const perSecond = (2 * nodes - 1) / ((performance.now() - t0) / 1000);
  await removePrefix(ex, CEILING_PREFIX);
  return perSecond;
}

/** Elements per second of one auto-commit CREATE per row. */
export async function perRowFloor(ex: Executor, rows = 2000): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < rows; i++)
    await ex.autoCommit('CREATE (:Statement {id: $id, text: $text})', { id: `${FLOOR_PREFIX}${i}`, text: 'x' });
  const perSecond = rows / ((performance.now() - t0) / 1000);
  await removePrefix(ex, FLOOR_PREFIX);
  return perSecond;
}
