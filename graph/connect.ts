import path from 'node:path';
import { readNeo4jTarget } from './config.js';
import { Executor } from './executor.js';
import { startLocalNeo4j, type LocalNeo4j } from './local/localNeo4j.js';

export interface GraphConnection {
  executor: Executor;
  /** Where the data lives, for logs: a URI, plus the folder for the local default. */
  description: string;
  /** The Neo4j Browser URL of the local instance (undefined for an external server). */
  browserUrl?: string;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Opens the graph the environment points at: `NEO4J_URI` when set, otherwise the local Neo4j under
 * `SAKSKART_HOME` (started for this process when it is not already running, left as found).
 */
export async function openGraph(
  env: NodeJS.ProcessEnv = process.env,
  log: (msg: string) => void = () => {},
): Promise<GraphConnection> {
  const target = readNeo4jTarget(env);
  if (target.kind === 'external') {
    const executor = new Executor({
      uri: target.uri,
      user: target.user,
      password: target.password,
      database: target.database,
    });
    await executor.verify();
    return { executor, description: target.uri, close: () => executor.close() };
  }
  let local: LocalNeo4j | undefined = await startLocalNeo4j({
    dir: path.join(target.home, 'neo4j'),
    boltPort: target.boltPort,
    httpPort: target.httpPort,
    heap: target.heap,
    pageCache: target.pageCache,
    startTimeoutMs: target.startTimeoutMs,
    log,
  });
  const executor = new Executor({ uri: local.boltUri });
  await executor.verify();
  return {
    executor,
    description: `${local.boltUri} (local, data in ${target.home})`,
    browserUrl: `${local.httpUrl}/browser/`,
    close: async () => {
      await executor.close();
      const l = local;
      local = undefined;
      await l?.stop();
    },
  };
}

/** Runs `close` once on SIGINT/SIGTERM, then exits; returns a function that removes the handlers. */
export function closeOnSignals(close: () => Promise<void>, log: (msg: string) => void = () => {}): () => void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`${signal} received: shutting down…`);
    close()
      .catch((err: Error) => log(`shutdown error: ${err.message}`))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
