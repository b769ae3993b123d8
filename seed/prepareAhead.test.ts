import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from './parse/gazetteer.js';
import { PrepareAhead } from './prepareAhead.js';
import { prepareInput } from './prepareFile.js';

const CORPUS = new URL('./corpus/', import.meta.url);

describe('preparing files on a worker thread', () => {
  it('gives what preparing in-process gives, and refuses what it refuses', async () => {
    const gaz = Gazetteer.load();
    const ahead = PrepareAhead.start(gaz)!;
    try {
      const file = { path: new URL('nufa-referat-2022-08-31.txt', CORPUS).pathname, relPath: '2022/nufa.txt' };
      const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-ahead-'));
      const empty = { path: path.join(dir, 'empty.txt'), relPath: 'empty.txt' };
      await writeFile(empty.path, '');
      expect(await ahead.prepare(file)).toEqual(await prepareInput(gaz, file));
      const [inWorker, inProcess] = await Promise.allSettled([ahead.prepare(empty), prepareInput(gaz, empty)]);
      expect((inWorker as PromiseRejectedResult).reason.message).toBe(
        (inProcess as PromiseRejectedResult).reason.message,
      );
      // Not a silent fallback: the worker did the work.
      expect(ahead.inWorker).toBe(true);
    } finally {
      await ahead.close();
    }
  });

  it('is not used with a gazetteer that was not loaded from files', () => {
    const read = (f: string): unknown => JSON.parse(readFileSync(new URL(`./data/${f}`, import.meta.url), 'utf8'));
    const copy = new Gazetteer({
      committees: read('committees.json'),
      organizations: read('organizations.json'),
      topics: read('topics.json'),
    });
    expect(PrepareAhead.start(copy)).toBeUndefined();
  });
});
