import path from 'node:path';
import { readNeo4jTarget } from './config.js';
import { Executor } from './executor.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local/localNeo4j.js';
import { makeHomePrivate } from './local/privateHome.js';
import {
  Neo4jSupervisor,
  type Neo4jStatus,
  type SupervisionSettings,
  type SupervisorLogger,
} from './local/supervisor.js';

export interface GraphConnection {
  executor: Executor;
  /** Where the data lives, for logs: a URI, plus the folder for the local default. */
  description: string;
  /** The Neo4j Browser URL of the local instance, when SAKSKART_NEO4J_BROWSER=1. */
  browserUrl?: string;
  /** Where the local Neo4j's password is kept (undefined for an external server). */
  passwordFile?: string;
  /** The supervised local Neo4j's state (only when opened with `supervise`). */
  status?: () => Neo4jStatus;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Opens the graph the environment points at: `NEO4J_URI` when set, otherwise the local Neo4j under
 * `SAKSKART_HOME` (started for this process when it is not already running, left as found).
 */
export interface OpenGraphOptions {
  /** Watch the local Neo4j and restart it when it dies (for long-running processes: `npm start`). */
  supervise?: SupervisorLogger;
  supervision?: Partial<SupervisionSettings>;
}

export async function openGraph(
  env: NodeJS.ProcessEnv = process.env,
  log: (msg: string) => void = () => {},
  options: OpenGraphOptions = {},
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
  await makeHomePrivate(target.home, env);
  const localOpts: LocalNeo4jOptions = {
    dir: path.join(target.home, 'neo4j'),
    boltPort: target.boltPort,
    httpPort: target.httpPort,
    heap: target.heap,
    pageCache: target.pageCache,
    startTimeoutMs: target.startTimeoutMs,
    browser: target.browser,
    passwordFile: target.passwordFile,
    // SAKSKART_HOME is started again and again: worth keeping the JVM's classes for.
    classDataSharing: true,
    log,
  };
  const description = (uri: string) => `${uri} (local, data in ${target.home}, password in ${target.passwordFile})`;
  if (options.supervise) {
    const supervisor = new Neo4jSupervisor(localOpts, options.supervise, options.supervision);
    const first = await supervisor.start();
    const executor = new Executor({ uri: first.boltUri, user: first.user, password: first.password });
    await executor.verify();
    return {
      executor,
      description: description(first.boltUri),
      browserUrl: first.browserUrl,
      passwordFile: first.passwordFile,
      status: () => supervisor.status(),
      close: async () => {
        await executor.close();
        await supervisor.stop();
      },
    };
  }
  let local: LocalNeo4j | undefined = await startLocalNeo4j(localOpts);
  const executor = new Executor({ uri: local.boltUri, user: local.user, password: local.password });
  await executor.verify();
  return {
    executor,
    description: description(local.boltUri),
    browserUrl: local.browserUrl,
    passwordFile: local.passwordFile,
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

/**
 * A command-line tool's work on the graph the environment points at: opened (local Neo4j or
 * NEO4J_URI), closed on exit and on Ctrl-C, the process exiting with `work`'s code, or 1 with
 * "<name> failed: <why>" on an error. Arguments are checked before calling this, so a usage
 * error never starts Neo4j.
 */
export function runGraphCommand(name: string, work: (executor: Executor) => Promise<number>): void {
  const run = async () => {
    const graph = await openGraph(process.env, (m) => process.stderr.write(`${m}\n`));
    const removeHandlers = closeOnSignals(() => graph.close());
    try {
      return await work(graph.executor);
    } finally {
      removeHandlers();
      await graph.close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`${name} failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
