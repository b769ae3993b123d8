import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { readGraphVersion } from '../../graph/version.js';
import { loadBundledCorpus } from '../../seed/bundledCorpus.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

let ex: Executor;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
}, 120_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

describe('a warm start skips work already done', () => {
  it('loads the bundled corpus once, then recognises it without reading it again', async () => {
    const log: string[] = [];
    expect(await loadBundledCorpus(ex, (m) => log.push(m))).toMatch(/2 file\(s\) loaded/);
    const version = await readGraphVersion(ex);
    expect(await loadBundledCorpus(ex, (m) => log.push(m))).toMatch(/already present, unchanged$/);
    expect(await readGraphVersion(ex)).toBe(version);
    expect(log).toEqual([]);
  }, 180_000);

  it('loads again when a corpus document went missing from the graph', async () => {
    await ex.write("MATCH (d:Document) WHERE d.file ENDS WITH 'nufa-referat-2022-08-31.txt' DETACH DELETE d");
    expect(await loadBundledCorpus(ex, () => {})).toMatch(/1 file\(s\) loaded, 1 already present/);
  }, 180_000);
});
