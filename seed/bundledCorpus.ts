import { fileURLToPath } from 'node:url';
import type { Executor } from '../graph/executor.js';
import { expandInputs, ingestFiles } from './ingest.js';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

/**
 * Loads the bundled corpus (seed/corpus). Files already loaded are recognised by their hash and
 * left alone, so this is cheap on every start.
 */
export async function loadBundledCorpus(executor: Executor, log: (m: string) => void): Promise<string> {
  const results = await ingestFiles(executor, await expandInputs([CORPUS_DIR]));
  for (const r of results) if (r.status === 'failed') log(`could not load ${r.file}: ${r.error}`);
  const loaded = results.filter((r) => r.status === 'loaded' || r.status === 'replaced').length;
  const unchanged = results.filter((r) => r.status === 'unchanged').length;
  return `Seed corpus: ${loaded} file(s) loaded, ${unchanged} already present, ${results.length - loaded - unchanged} failed`;
}
