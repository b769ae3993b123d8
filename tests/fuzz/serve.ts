/**
 * The API on a throw-away Neo4j holding the bundled corpus, for the fuzzer (tests/fuzz/run.sh).
 * Prints "listening <url>" when ready; SIGTERM/SIGINT stop the server and Neo4j and remove the data.
 * NEO4J_URI (empty database) is used instead of a local Neo4j when set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { Executor } from '../../graph/executor.js';
import { startLocalNeo4j } from '../../graph/local/localNeo4j.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { applySchema } from '../../graph/schema/index.js';
import { loadBundledCorpus } from '../../seed/bundledCorpus.js';
import { createApp } from '../../server/app.js';

const say = (m: string) => process.stderr.write(`[fuzz] ${m}\n`);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-fuzz-'));
  const local = process.env.NEO4J_URI
    ? undefined
    : await startLocalNeo4j({
        dir: path.join(dir, 'neo4j'),
        boltPort: await freePort(),
        httpPort: await freePort(),
        heap: '512m',
        pageCache: '128m',
        startTimeoutMs: 180_000,
        log: say,
      });
  // Generous timeouts: CI machines are slow and shared; the fuzzer looks for errors, not speed.
  const executor = new Executor({
    ...(local
      ? { uri: local.boltUri, user: local.user, password: local.password }
      : {
          uri: process.env.NEO4J_URI!,
          user: process.env.NEO4J_USER,
          password: process.env.NEO4J_PASSWORD,
          database: process.env.NEO4J_DATABASE,
        }),
    readTimeoutMs: 60_000,
  });
  const stop = async () => {
    await executor.close();
    await local?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await applySchema(executor);
    say(await loadBundledCorpus(executor, say));
  } catch (err) {
    await stop();
    throw err;
  }
  // The fuzzer is one client sending thousands of requests: the per-client limits would answer
  // most of them 429 and hide the handlers behind them.
  const app = createApp({
    executor,
    logger: pino({ level: process.env.SAKSKART_LOG_LEVEL ?? 'warn' }),
    rateLimitPerMinute: 1_000_000,
    heavy: { concurrency: 2, queue: 64, perClient: 64, budgetPerMinute: 1_000_000 },
    // With the token run.sh sends, uploads and removals are fuzzed too, not only their 401.
    adminToken: process.env.SAKSKART_ADMIN_TOKEN,
  });
  const server = app.listen(Number(process.env.SAKSKART_PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      server.close();
      stop().finally(() => process.exit(0));
    });
}

main().catch((err: Error) => {
  process.stderr.write(`fuzz server failed: ${err.message}\n`);
  process.exit(1);
});
