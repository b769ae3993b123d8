import { inject } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { applySchema } from '../../graph/schema/index.js';
import { deleteGraph } from '../../graph/deleteGraph.js';

/** An executor on the test Neo4j provided by tests/setup/neo4jGlobal.ts. */
export function testExecutor(): Executor {
  return new Executor({ ...inject('neo4j'), app: 'sakskart-tests' });
}

/** Empties the (single) database and applies the schema: each integration file starts clean. */
export async function resetGraph(executor: Executor): Promise<void> {
  await deleteGraph(executor);
  await applySchema(executor);
}

/**
 * The end of an integration file: closes what runs on the graph (an explorer, a server) first,
 * then leaves the graph empty for the next file and closes the executor.
 */
export async function closeGraph(executor: Executor, ...onGraph: ({ close(): Promise<void> } | undefined)[]) {
  for (const o of onGraph) await o?.close();
  await resetGraph(executor);
  await executor.close();
}
