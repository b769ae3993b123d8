import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Executor } from '../graph/executor.js';
import { markSeedLoaded, readStartMarks } from '../graph/version.js';
import { expandInputs, ingestFiles } from './ingest.js';
import { PARSER_VERSION } from './write/writeFile.js';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** Everything a load of the bundled corpus depends on: its files, the reference data, the parser. */
async function seedFingerprint(files: string[]): Promise<{ hash: string; fileShas: string[] }> {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const fileShas = await Promise.all(files.map(async (f) => sha(await readFile(f))));
  const data = await expandJson(DATA_DIR);
  const dataShas = await Promise.all(data.map(async (f) => sha(await readFile(f))));
  const hash = createHash('sha256').update(JSON.stringify({ PARSER_VERSION, fileShas, dataShas })).digest('hex');
  return { hash, fileShas };
}

async function expandJson(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Loads the bundled corpus (seed/corpus). When the graph already holds exactly this corpus, read
 * by this parser with this reference data, nothing is parsed at all: a warm start then costs one
 * hash of a few files and two small queries instead of re-reading every file.
 */
export async function loadBundledCorpus(executor: Executor, log: (m: string) => void): Promise<string> {
  const files = await expandInputs([CORPUS_DIR]);
  const { hash, fileShas } = await seedFingerprint(files);
  if ((await readStartMarks(executor)).seedHash === hash) {
    const [row] = await executor.read(
      'MATCH (d:Document) WHERE d.fileSha256 IN $shas RETURN count(DISTINCT d.fileSha256) AS n',
      { shas: fileShas },
      'seed-check',
    );
    if (Number(row?.n) === new Set(fileShas).size)
      return `Seed corpus: ${files.length} file(s) already present, unchanged`;
  }
  const results = await ingestFiles(executor, files);
  for (const r of results) if (r.status === 'failed') log(`could not load ${r.file}: ${r.error}`);
  const loaded = results.filter((r) => r.status === 'loaded' || r.status === 'replaced').length;
  const unchanged = results.filter((r) => r.status === 'unchanged').length;
  if (loaded + unchanged === results.length) await markSeedLoaded(executor, hash);
  return `Seed corpus: ${loaded} file(s) loaded, ${unchanged} already present, ${results.length - loaded - unchanged} failed`;
}
