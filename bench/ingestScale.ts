/**
 * The archive-scale ingest benchmark alone, on a throw-away local Neo4j:
 *   tsx bench/ingestScale.ts --n 200
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Executor } from '../graph/executor.js';
import { startLocalNeo4j } from '../graph/local/localNeo4j.js';
import { freePort } from '../graph/local/prerequisites.js';
import { applySchema } from '../graph/schema/index.js';
import { ingestBench } from './ingestBench.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-ingest-bench-'));
const local = await startLocalNeo4j({
  dir: path.join(dir, 'neo4j'),
  boltPort: Number(process.env.SAKSKART_NEO4J_PORT) || (await freePort()),
  httpPort: Number(process.env.SAKSKART_NEO4J_HTTP_PORT) || (await freePort()),
  heap: process.env.SAKSKART_NEO4J_HEAP ?? '1g',
  pageCache: '256m',
  startTimeoutMs: 180_000,
});
const ex = new Executor({ uri: local.boltUri, user: local.user, password: local.password });
try {
  await applySchema(ex);
  const r = await ingestBench(ex, dir, {
    n: Number(values.n),
    seed: Number(values.seed),
    log: (l) => process.stdout.write(`${l}\n`),
  });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.stdout.write(
    `throughput ${r.elementsPerSecond.toFixed(0)} elements/s = ${(r.elementsPerSecond / r.baselinePerSecond).toFixed(1)} × per-row baseline (${r.baselinePerSecond.toFixed(0)}/s); last ${r.window} / first ${r.window} files = ${(r.lastMean / r.firstMean).toFixed(2)}\n`,
  );
} finally {
  await ex.close();
  await local.stop();
  await rm(dir, { recursive: true, force: true });
}
