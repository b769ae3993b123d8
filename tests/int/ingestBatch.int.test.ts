import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generateArchive.js';
import type { Executor } from '../../graph/executor.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { collectInputs, ingestFiles, type FileResult, type InputFile } from '../../seed/ingest.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

// A generated archive of four bodies over several years: members, statements and citations
// between committees, so a batch holds nodes and links that several of its files state.
let ex: Executor;
let files: InputFile[];
beforeAll(async () => {
  ex = testExecutor();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-batch-'));
  for (const f of generateArchive({ n: 36, seed: 7 })) {
    const target = path.join(dir, f.relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  files = await collectInputs([dir]);
});
beforeEach(() => resetGraph(ex));
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

/** A summary without what may differ between a batch and one file at a time (see writeFilesTogether). */
const facts = ({ warnings, ...rest }: FileResult) => ({
  ...rest,
  linkWarnings: warnings.filter((w) => !/ differs from /.test(w)),
});

describe('a batch of new files written with one set of statements', () => {
  it('gives the graph of one transaction per file, and each file its own counts, links and warnings', async () => {
    const alone = await ingestFiles(ex, files, { batchSize: 1 });
    const graphAlone = await exportGraph(ex);
    await resetGraph(ex);
    const batches: FileResult[][] = [];
    const together = await ingestFiles(ex, files, { batchSize: files.length, onBatch: (rs) => batches.push(rs) });

    expect(together.map((r) => r.status)).toEqual(files.map(() => 'loaded'));
    // Progress is told per committed batch: here one, with every file's result in order.
    expect(batches).toEqual([together]);
    expect(await exportGraph(ex)).toEqual(graphAlone);
    expect(together.map(facts)).toEqual(alone.map(facts));
    // The archive has links and contradicting member names, so both kinds were attributed.
    expect(together.reduce((n, r) => n + r.links, 0)).toBeGreaterThan(0);
    const conflicts = together.flatMap((r) => r.warnings.filter((w) => / differs from /.test(w)).map((w) => [r, w]));
    expect(conflicts.length).toBeGreaterThan(0);
    // A file is told only the conflicts of its own values, with a document loaded before it.
    const order = new Map(together.map((r, i) => [r.file, i]));
    for (const [r, w] of conflicts as [FileResult, string][]) {
      const m = / in (\S+) differs from .* in (\S+); showing/.exec(w);
      expect(m?.[1]).toBe(r.file);
      expect(order.get(m![2]!)).toBeLessThan(order.get(r.file)!);
    }
  });

  it('writes replacements and repeated contents of a batch one by one, as if alone', async () => {
    const [first, second, third, ...rest] = files;
    await ingestFiles(ex, [first!, second!], { batchSize: 1 });
    // An edited `first`, a copy of `third` under another name, and new files, in one batch.
    const edited = path.join(path.dirname(first!.path), 'edited.txt');
    await writeFile(edited, `${await readFile(first!.path, 'utf8')}\nEtterskrift: referatet er rettet.\n`);
    const copy = path.join(path.dirname(third!.path), 'copy-of-third.txt');
    await writeFile(copy, await readFile(third!.path));
    const batch: InputFile[] = [
      { path: edited, relPath: first!.relPath },
      third!,
      { path: copy, relPath: 'copy-of-third.txt' },
      ...rest.slice(0, 4),
    ];
    const together = await ingestFiles(ex, batch, { batchSize: batch.length });
    const graphTogether = await exportGraph(ex);

    await resetGraph(ex);
    await ingestFiles(ex, [first!, second!], { batchSize: 1 });
    const alone = await ingestFiles(ex, batch, { batchSize: 1 });
    expect(together.map((r) => r.status)).toEqual([
      'replaced',
      'loaded',
      'unchanged',
      ...rest.slice(0, 4).map(() => 'loaded'),
    ]);
    expect(together.map(facts)).toEqual(alone.map(facts));
    expect(graphTogether).toEqual(await exportGraph(ex));
  });
});
