import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Executor } from '../../graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local/localNeo4j.js';
import { freePort } from '../../graph/local/prerequisites.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user?: string; password?: string; database?: string };
  }
}

/**
 * Starts a throw-away Neo4j (own port, own temp folder) for the integration tests, or uses
 * NEO4J_URI when given. An external database that already holds data is refused unless
 * SAKSKART_TEST_ALLOW_WIPE=1, because the tests delete what they find.
 */
export default async function setup(project: TestProject) {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const conn = {
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE,
    };
    const exec = new Executor(conn);
    const [row] = await exec.read('MATCH (n) WHERE NOT n:GraphMeta RETURN count(n) AS n');
    await exec.close();
    if (Number(row?.n) > 0 && process.env.SAKSKART_TEST_ALLOW_WIPE !== '1') {
      throw new Error(
        `NEO4J_URI ${uri} holds ${row?.n} nodes; the tests would delete them. Point NEO4J_URI at an empty database or set SAKSKART_TEST_ALLOW_WIPE=1.`,
      );
    }
    project.provide('neo4j', conn);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-test-'));
  let local: LocalNeo4j | undefined;
  try {
    local = await startLocalNeo4j({
      dir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '512m',
      pageCache: '128m',
      startTimeoutMs: 180_000,
      log: (m) => process.stderr.write(`[neo4j] ${m}\n`),
    });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  // Auth on, as in production: the tests use the generated password like every other client.
  project.provide('neo4j', { uri: local.boltUri, user: local.user, password: local.password });
  return async () => {
    await local?.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
