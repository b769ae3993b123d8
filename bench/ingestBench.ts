/**
 * Ingest at archive scale: a generated archive of N documents loaded file by file, next to a
 * baseline of one auto-commit CREATE per element measured in the same run on the same Neo4j.
 * Ratios, not absolute times, are compared with the targets, so a busy machine matters little.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../graph/executor.js';
import { expandInputs, ingestFiles } from '../seed/ingest.js';
import { Gazetteer } from '../seed/parse/gazetteer.js';
import { generateArchive } from './generateArchive.js';

export interface IngestBenchResult {
  files: number;
  elements: number;
  seconds: number;
  elementsPerSecond: number;
  baselinePerSecond: number;
  /** Mean seconds per file of the first and last `window` files. */
  firstMean: number;
  lastMean: number;
  window: number;
  failed: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** One auto-commit CREATE per element: what a naive loader that writes row by row achieves. */
export async function perRowBaseline(ex: Executor, count: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < count; i++)
    await ex.autoCommit('CREATE (:Statement {id: $id, text: $text})', { id: `bench-baseline-${i}`, text: 'x' });
  const perSecond = count / ((performance.now() - t0) / 1000);
  await ex.autoCommit("MATCH (s:Statement) WHERE s.id STARTS WITH 'bench-baseline-' DETACH DELETE s");
  return perSecond;
}

export async function ingestBench(
  ex: Executor,
  dir: string,
  opts: { n: number; seed?: number; window?: number; log?: (line: string) => void },
): Promise<IngestBenchResult> {
  const archive = path.join(dir, 'archive');
  for (const f of generateArchive({ n: opts.n, seed: opts.seed ?? 1 })) {
    const target = path.join(archive, f.relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  const files = await expandInputs([archive]);
  const gazetteer = Gazetteer.load();
  // Seconds per file, each file of a batch given its share of the batch's time: a batch's files
  // are committed together, so the time between two files of one batch says nothing.
  const times: number[] = [];
  let last = performance.now();
  const t0 = last;
  const results = await ingestFiles(ex, files, {
    gazetteer,
    onBatch: (batch) => {
      const now = performance.now();
      const share = (now - last) / 1000 / batch.length;
      times.push(...batch.map(() => share));
      last = now;
      opts.log?.(
        `  ${times.length}/${files.length} files, ${(times.length / ((now - t0) / 1000)).toFixed(1)} files/s, this batch: ${share.toFixed(3)} s/file`,
      );
      for (const r of batch) if (r.status === 'failed') opts.log?.(`  failed: ${r.error}`);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  // A write transaction only for its longer timeout: a loaded machine can need more than a read's 10 s.
  const [count] = await ex.writeTx((tx) =>
    tx.run(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes + rels AS elements',
    ),
  );
  const elements = Number(count?.elements ?? 0);
  const baselinePerSecond = await perRowBaseline(ex, Math.min(3000, Math.max(500, Math.round(elements / 20))));
  const window = Math.min(opts.window ?? 50, Math.floor(times.length / 2));
  return {
    files: files.length,
    elements,
    seconds,
    elementsPerSecond: elements / seconds,
    baselinePerSecond,
    firstMean: mean(times.slice(0, window)),
    lastMean: mean(times.slice(-window)),
    window,
    failed: results.filter((r) => r.status === 'failed').length,
  };
}
