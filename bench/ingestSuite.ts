/**
 * Issue 24's ingest bench, in ONE run on one Neo4j: the database's ceiling and floor
 * (ingestLimits.ts), a bulk load of full-length documents, the generated archive with the cost of
 * its last 10 % of files against its first 10 %, one more document into the archive's graph, and
 * the peak memory of the ingest CLI. Leaves the archive loaded (the API bench runs on it next).
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Executor } from '../graph/executor.js';
import { applySchema } from '../graph/schema/index.js';
import { collectInputs, ingestFiles, type FileResult } from '../seed/ingest.js';
import { Gazetteer } from '../seed/parse/gazetteer.js';
import { generateArchive, type GeneratedFile } from './generateArchive.js';
import { fullLengthDocuments } from './fullLength.js';
import { perRowFloor, unwindCeiling } from './ingestLimits.js';
import { deleteGraph } from '../graph/deleteGraph.js';

export interface IngestSuiteResult {
  ceilingPerSecond: number;
  floorPerSecond: number;
  bulk: { files: number; elements: number; seconds: number; perSecond: number };
  archive: {
    files: number;
    elements: number;
    seconds: number;
    perSecond: number;
    /** Mean seconds per file of the first and the last 10 % of files. */
    firstTenth: number;
    lastTenth: number;
  };
  /** One full-length document into the archive's graph, from the call to its commit. */
  oneMoreSeconds: number;
  cli: { files: number; peakMiB: number; seconds: number };
}

export interface IngestSuiteOptions {
  /** Documents of the generated archive (issue: 1,000 and 10,000). */
  archiveDocs: number;
  /** Full-length documents of the bulk load (issue: 110, into a graph of 10). */
  bulkDocs: number;
  /** Connection the CLI child is given (the same Neo4j). */
  conn: { uri: string; user?: string; password?: string; database?: string };
  log?: (line: string) => void;
}

const run = promisify(execFile);

async function elements(ex: Executor): Promise<number> {
  // A write transaction only for its longer timeout: a loaded machine can need more than a read's 10 s.
  const [c] = await ex.writeTx((tx) =>
    tx.run(
      'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n + r AS e',
    ),
  );
  return Number(c?.e ?? 0);
}

async function wipe(ex: Executor): Promise<void> {
  await deleteGraph(ex);
  await applySchema(ex);
}

async function writeFiles(dir: string, files: GeneratedFile[]): Promise<string> {
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f.relPath)), { recursive: true });
    await writeFile(path.join(dir, f.relPath), f.text);
  }
  return dir;
}

const failures = (rs: FileResult[]) => rs.filter((r) => r.status === 'failed');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export async function ingestSuite(ex: Executor, dir: string, opts: IngestSuiteOptions): Promise<IngestSuiteResult> {
  const log = opts.log ?? (() => {});
  const gazetteer = Gazetteer.load();
  await wipe(ex);
  const ceilingPerSecond = await unwindCeiling(ex);
  log(`ceiling (UNWIND MERGE + link, 10,000 rows a transaction): ${ceilingPerSecond.toFixed(0)} elements/s`);
  const floorPerSecond = await perRowFloor(ex);
  log(`floor (one auto-commit CREATE per row): ${floorPerSecond.toFixed(0)} elements/s`);

  // Bulk load: full-length documents into a graph of ten of them.
  const full = await fullLengthDocuments(10 + opts.bulkDocs);
  const seedDir = await writeFiles(path.join(dir, 'full-seed'), full.slice(0, 10));
  const bulkDir = await writeFiles(path.join(dir, 'full-bulk'), full.slice(10));
  await ingestFiles(ex, await collectInputs([seedDir]), { gazetteer });
  let before = await elements(ex);
  let t0 = performance.now();
  const bulkResults = await ingestFiles(ex, await collectInputs([bulkDir]), { gazetteer });
  const bulkSeconds = (performance.now() - t0) / 1000;
  if (failures(bulkResults).length) throw new Error(`bulk load: ${failures(bulkResults)[0]!.error}`);
  const bulkElements = (await elements(ex)) - before;
  const bulk = {
    files: bulkResults.length,
    elements: bulkElements,
    seconds: bulkSeconds,
    perSecond: bulkElements / bulkSeconds,
  };
  log(
    `bulk load: ${bulk.files} full-length documents, +${bulk.elements} elements in ${bulkSeconds.toFixed(1)} s = ${bulk.perSecond.toFixed(0)} elements/s`,
  );

  // The CLI's peak memory on as many other full-length documents (their own years: new content).
  const cliDir = await writeFiles(path.join(dir, 'full-cli'), await fullLengthDocuments(opts.bulkDocs, 1980));
  t0 = performance.now();
  const { stderr } = await run(
    '/usr/bin/time',
    ['-f', 'peak-rss-kib %M', process.execPath, '--import', 'tsx', 'seed/cli/ingest.ts', cliDir],
    {
      env: {
        ...process.env,
        NEO4J_URI: opts.conn.uri,
        NEO4J_USER: opts.conn.user ?? '',
        NEO4J_PASSWORD: opts.conn.password ?? '',
        NEO4J_DATABASE: opts.conn.database ?? 'neo4j',
      },
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const peak = /peak-rss-kib (\d+)/.exec(stderr);
  if (!peak) throw new Error(`ingest CLI: no peak memory reported (${stderr.slice(-500)})`);
  const cli = { files: opts.bulkDocs, peakMiB: Number(peak[1]) / 1024, seconds: (performance.now() - t0) / 1000 };
  log(
    `ingest CLI: ${cli.files} full-length documents in ${cli.seconds.toFixed(1)} s, peak memory ${cli.peakMiB.toFixed(0)} MiB`,
  );

  // The archive, on a graph of its own; each file of a batch is given its share of the batch's time.
  await wipe(ex);
  const archiveDir = await writeFiles(path.join(dir, 'archive'), generateArchive({ n: opts.archiveDocs, seed: 1 }));
  const inputs = await collectInputs([archiveDir]);
  const times: number[] = [];
  before = await elements(ex);
  t0 = performance.now();
  let last = t0;
  const archiveResults = await ingestFiles(ex, inputs, {
    gazetteer,
    onBatch: (batch) => {
      const now = performance.now();
      times.push(...batch.map(() => (now - last) / 1000 / batch.length));
      last = now;
      if (times.length % 500 < batch.length) log(`  archive: ${times.length}/${inputs.length} files`);
    },
  });
  const archiveSeconds = (performance.now() - t0) / 1000;
  if (failures(archiveResults).length) throw new Error(`archive: ${failures(archiveResults)[0]!.error}`);
  const archiveElements = (await elements(ex)) - before;
  const tenth = Math.max(1, Math.floor(times.length / 10));
  const archive = {
    files: inputs.length,
    elements: archiveElements,
    seconds: archiveSeconds,
    perSecond: archiveElements / archiveSeconds,
    firstTenth: mean(times.slice(0, tenth)),
    lastTenth: mean(times.slice(-tenth)),
  };
  log(
    `archive: ${archive.files} documents, +${archive.elements} elements in ${archiveSeconds.toFixed(1)} s = ${archive.perSecond.toFixed(0)} elements/s; first 10 % ${archive.firstTenth.toFixed(3)} s/file, last 10 % ${archive.lastTenth.toFixed(3)} s/file`,
  );

  // One more document (a full-length minutes of a later year) into the archive's graph.
  const [one] = await fullLengthDocuments(1, 2040);
  const oneDir = await writeFiles(path.join(dir, 'one-more'), [one!]);
  const oneInputs = await collectInputs([oneDir]);
  t0 = performance.now();
  const [oneResult] = await ingestFiles(ex, oneInputs, { gazetteer });
  const oneMoreSeconds = (performance.now() - t0) / 1000;
  if (oneResult?.status === 'failed') throw new Error(`one more document: ${oneResult.error}`);
  log(`one more document into the ${archive.files}-document graph: ${oneMoreSeconds.toFixed(2)} s to committed`);
  return { ceilingPerSecond, floorPerSecond, bulk, archive, oneMoreSeconds, cli };
}
