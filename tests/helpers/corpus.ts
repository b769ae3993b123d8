import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import type { AppOptions } from '../../server/app.js';
import { testApp } from './app.js';
import { resetGraph, testExecutor } from './graph.js';
import { loadCorpus } from './ingest.js';

/**
 * The bundled corpus loaded into an emptied graph before this file's tests, the app over it, and
 * the graph emptied again after them. Read `ex` and `app` inside tests (they are set in beforeAll).
 */
export function corpusFixture(opts: Partial<AppOptions> = {}): { ex: Executor; app: Express } {
  const f = {} as { ex: Executor; app: Express };
  beforeAll(async () => {
    f.ex = testExecutor();
    await resetGraph(f.ex);
    await loadCorpus(f.ex);
    f.app = testApp(f.ex, opts);
    // Loading the corpus takes longer than the default hook timeout on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await resetGraph(f.ex);
    await f.ex.close();
  });
  return f;
}
