import type { Executor, WriteTx } from './executor.js';

/*
 * The graph version: a counter on the single GraphMeta node, bumped by every write transaction
 * that changes documents. Readers use it to tell whether anything changed (ETags).
 */
const BUMP = `
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = toString(datetime())
RETURN m.version AS version`;

const READ = `OPTIONAL MATCH (m:GraphMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS version`;

/** Call inside the ingest transaction, so the version changes exactly when the graph does. */
export async function bumpGraphVersion(tx: WriteTx): Promise<number> {
  const [row] = await tx.run(BUMP);
  return Number(row?.version);
}

export async function readGraphVersion(executor: Executor): Promise<number> {
  const [row] = await executor.read(READ, {}, 'graph-version');
  return Number(row?.version ?? 0);
}
