/**
 * Where an ingest's time goes, and what graph it builds: loads a set of files into a throw-away
 * local Neo4j with every statement of the write path timed and counted by its text, and writes
 * the canonical dump of the graph (graphDump.ts) to compare loaders.
 *   tsx bench/ingestProbe.ts --set corpus|archive|full --n 200 [--dump out.txt] [--batch 100]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Executor, WriteTx } from '../graph/executor.js';
import { startLocalNeo4j } from '../graph/local/localNeo4j.js';
import { freePort } from '../graph/local/prerequisites.js';
import { applySchema } from '../graph/schema/index.js';
import { CORPUS_DIR } from '../seed/bundledCorpus.js';
import { collectInputs, ingestFiles } from '../seed/ingest.js';
import { Gazetteer } from '../seed/parse/gazetteer.js';
import { generateArchive } from './generateArchive.js';
import { fullLengthDocuments } from './fullLength.js';
import { canonicalDump } from './graphDump.js';
import { deleteGraph } from '../graph/deleteGraph.js';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'corpus' },
    n: { type: 'string', default: '100' },
    dump: { type: 'string' },
    batch: { type: 'string' },
    profile: { type: 'boolean', default: true },
    /** EXPLAIN each statement text once (in its transaction) and list those whose plan scans. */
    explain: { type: 'boolean', default: false },
  },
});
const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-probe-'));
const stats = new Map<string, { n: number; ms: number }>();
const explained = new Map<string, string[]>();
const SCANS = /Scan|CartesianProduct|Eager/;
type Plan = { operatorType: string; arguments?: Record<string, unknown>; children: Plan[] };
const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];
if (values.profile) {
  const run = WriteTx.prototype.run;
  WriteTx.prototype.run = async function (this: WriteTx, cypher: string, params?: Record<string, unknown>) {
    const key0 = cypher.replace(/\s+/g, ' ').slice(0, 110);
    if (values.explain && !explained.has(key0)) {
      // Bench only: the driver's transaction, for the plan EXPLAIN returns (never executed).
      const inner = (
        this as unknown as { tx: { run(q: string, p: unknown): Promise<{ summary: { plan: Plan | false } }> } }
      ).tx;
      const { oneParameter, PARAMETER_MAP } = await import('../graph/oneParameter.js');
      const { toNeo4jParams } = await import('../graph/executor.js');
      const res = await inner.run(`EXPLAIN ${oneParameter(cypher)}`, { [PARAMETER_MAP]: toNeo4jParams(params ?? {}) });
      explained.set(key0, res.summary.plan ? operators(res.summary.plan).filter((o) => SCANS.test(o)) : []);
    }
    const t0 = performance.now();
    try {
      return await run.call(this, cypher, params);
    } finally {
      const key = cypher.replace(/\s+/g, ' ').slice(0, 110);
      const s = stats.get(key) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - t0;
      stats.set(key, s);
    }
  };
}
// NEO4J_URI: a running Neo4j (wiped first) instead of a throw-away one.
const local = process.env.NEO4J_URI
  ? undefined
  : await startLocalNeo4j({
      dir: path.join(dir, 'neo4j'),
      boltPort: Number(process.env.SAKSKART_NEO4J_PORT) || (await freePort()),
      httpPort: await freePort(),
      heap: process.env.SAKSKART_NEO4J_HEAP ?? '1g',
      pageCache: '256m',
      startTimeoutMs: 180_000,
    });
const ex = new Executor({
  uri: local?.boltUri ?? process.env.NEO4J_URI!,
  user: local?.user ?? process.env.NEO4J_USER,
  password: local?.password ?? process.env.NEO4J_PASSWORD,
  readTimeoutMs: 300_000,
});
try {
  if (!local) await deleteGraph(ex);
  await applySchema(ex);
  const n = Number(values.n);
  let input = CORPUS_DIR;
  if (values.set !== 'corpus') {
    input = path.join(dir, 'files');
    const files = values.set === 'full' ? await fullLengthDocuments(n) : generateArchive({ n, seed: 1 });
    for (const f of files) {
      await mkdir(path.dirname(path.join(input, f.relPath)), { recursive: true });
      await writeFile(path.join(input, f.relPath), f.text);
    }
  }
  const inputs = await collectInputs([input]);
  const t0 = performance.now();
  const results = await ingestFiles(ex, inputs, {
    gazetteer: Gazetteer.load(),
    batchSize: values.batch ? Number(values.batch) : undefined,
  });
  const seconds = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => r.status === 'failed');
  // A write transaction only for its longer timeout: a loaded machine can need more than a read's 10 s.
  const [c] = await ex.writeTx((tx) =>
    tx.run(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    ),
  );
  const total = [...stats.values()].reduce((a, s) => ({ n: a.n + s.n, ms: a.ms + s.ms }), { n: 0, ms: 0 });
  process.stdout.write(
    `${values.set} n=${n}: ${inputs.length} files, ${failed.length} failed, ${c?.nodes} nodes + ${c?.rels} rels in ${seconds.toFixed(1)} s = ${((Number(c?.nodes) + Number(c?.rels)) / seconds).toFixed(0)} elements/s; ${total.n} statements, ${(total.ms / 1000).toFixed(1)} s in them\n`,
  );
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40))
    process.stdout.write(`${s.n.toString().padStart(6)} ${(s.ms / 1000).toFixed(2).padStart(8)} s  ${k}\n`);
  for (const [k, ops] of explained)
    if (ops.length) process.stdout.write(`scans: ${[...new Set(ops)].join(', ')}  ${k}\n`);
  if (failed.length) process.stdout.write(`first failure: ${failed[0]!.error}\n`);
  if (values.dump) {
    await writeFile(values.dump, `${(await canonicalDump(ex)).join('\n')}\n`);
    await writeFile(`${values.dump}.results.json`, JSON.stringify(results, null, 1));
  }
} finally {
  await ex.close();
  await local?.stop();
  await rm(dir, { recursive: true, force: true });
}
