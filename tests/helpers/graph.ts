import { inject } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { applySchema } from '../../graph/schema/index.js';

/** An executor on the test Neo4j provided by tests/setup/neo4jGlobal.ts. */
export function testExecutor(): Executor {
  return new Executor({ ...inject('neo4j'), app: 'sakskart-tests' });
}

/** Empties the (single) database and applies the schema: each integration file starts clean. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  await applySchema(executor);
}
