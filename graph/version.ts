import type { Executor, WriteTx } from './executor.js';

/*
 * The graph version: a counter on the single GraphMeta node, bumped by every write transaction
 * that changes documents. Readers use it to tell whether anything changed (ETags).
 */
const BUMP = `
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = toString(datetime())
RETURN m.version AS version`;

/** Call inside the ingest transaction, so the version changes exactly when the graph does. */
export async function bumpGraphVersion(tx: WriteTx): Promise<number> {
  const [row] = await tx.run(BUMP);
  return Number(row?.version);
}

const READ = `OPTIONAL MATCH (m:GraphMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS version, m.updatedAt AS at`;

async function readVersionRow(executor: Executor): Promise<{ version: number; at: string }> {
  // Read on every request that serves a kept answer: one round trip.
  const [row] = await executor.readOnce(READ, {}, 'graph-version');
  return { version: Number(row?.version ?? 0), at: String(row?.at ?? '') };
}

export async function readGraphVersion(executor: Executor): Promise<number> {
  return (await readVersionRow(executor)).version;
}

/**
 * The version with the time it was bumped: a database wiped and loaded again can reach the same
 * counter, never at the same moment, so answers cached for the old graph are never served.
 */
export async function readGraphStamp(executor: Executor): Promise<string> {
  const { version, at } = await readVersionRow(executor);
  return `${version}@${at}`;
}

const READ_META = `OPTIONAL MATCH (m:GraphMeta {key: 'graph'}) RETURN m.schemaHash AS schemaHash, m.seedHash AS seedHash`;
const SET_SCHEMA_HASH = `MERGE (m:GraphMeta {key: 'graph'}) SET m.schemaHash = $hash`;
const SET_SEED_HASH = `MERGE (m:GraphMeta {key: 'graph'}) SET m.seedHash = $hash`;

/** What a start needs to know to skip work already done: the schema and seed last applied. */
export async function readStartMarks(executor: Executor): Promise<{ schemaHash?: string; seedHash?: string }> {
  const [row] = await executor.read(READ_META, {}, 'graph-meta');
  return { schemaHash: (row?.schemaHash as string) ?? undefined, seedHash: (row?.seedHash as string) ?? undefined };
}

export async function markSchemaApplied(executor: Executor, hash: string): Promise<void> {
  await executor.write(SET_SCHEMA_HASH, { hash }, 'graph-meta');
}

export async function markSeedLoaded(executor: Executor, hash: string): Promise<void> {
  await executor.write(SET_SEED_HASH, { hash }, 'graph-meta');
}

const RESTORED = `
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = toString(datetime())
REMOVE m.seedHash`;

/**
 * After a restore the graph is another one: a new version, so no cache answers 304 with the old
 * graph, and no seed mark, so the next start checks the bundled corpus against what was restored.
 */
export async function markRestored(executor: Executor): Promise<void> {
  await executor.write(RESTORED, {}, 'graph-meta');
}
