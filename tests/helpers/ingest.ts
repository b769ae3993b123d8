import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../../graph/executor.js';
import { CORPUS_DIR } from '../../seed/bundledCorpus.js';
import { expandInputs, ingestFiles } from '../../seed/ingest.js';
import { resetGraph, testExecutor } from './graph.js';

export const NUFA_FILE = 'nufa-referat-2022-08-31.txt';
export const NUIT_FILE = 'nuit-moteinnkalling-2022-09-14.txt';

export async function loadCorpus(executor: Executor) {
  return ingestFiles(executor, await expandInputs([CORPUS_DIR]));
}

/** An executor on the emptied test graph with the bundled corpus loaded: where most API and browser files start. */
export async function corpusGraph(): Promise<Executor> {
  const executor = testExecutor();
  await resetGraph(executor);
  await loadCorpus(executor);
  return executor;
}

/** A scratch folder with copies of the corpus files, for tests that edit them. */
export async function scratchCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-corpus-'));
  for (const f of [NUFA_FILE, NUIT_FILE]) await copyFile(path.join(CORPUS_DIR, f), path.join(dir, f));
  return dir;
}
