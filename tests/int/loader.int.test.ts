import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { formatSummary } from '../../seed/cli/summary.js';
import { collectInputs, ingestFiles, ingestSource } from '../../seed/ingest.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

const FIXTURES = path.resolve('tests/fixtures/documents');
const NUFA_2021 = 'nufa-referat-2021-11.txt';

let ex: Executor;
let dir: string;
beforeEach(async () => {
  ex ??= testExecutor();
  await resetGraph(ex);
  dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-loader-'));
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const fixture = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

describe('documents are identified by their path in the folder given', () => {
  it('loads two files of the same name from different folders', async () => {
    const text = await fixture(NUFA_2021);
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    await writeFile(path.join(dir, 'a', 'referat.txt'), text);
    await writeFile(path.join(dir, 'b', 'referat.txt'), text.replace('24. november 2021', '25. november 2021'));
    const results = await ingestFiles(ex, await collectInputs([dir]));
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['a/referat.txt', 'loaded'],
      ['b/referat.txt', 'loaded'],
    ]);
    const files = await ex.read('MATCH (d:Document) RETURN d.file AS file ORDER BY file');
    expect(files.map((r) => r.file)).toEqual(['a/referat.txt', 'b/referat.txt']);
  });

  it('follows symlinks, visits a loop and a duplicate once, and names nothing twice', async () => {
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub', NUFA_2021), await fixture(NUFA_2021));
    await symlink(dir, path.join(dir, 'sub', 'loop'));
    await symlink(path.join(dir, 'sub', NUFA_2021), path.join(dir, 'same.txt'));
    const found = await collectInputs([dir]);
    expect(found.map((f) => f.relPath)).toEqual(['same.txt']);
    const results = await ingestFiles(ex, found);
    expect(results[0]).toMatchObject({ status: 'loaded', cases: 3 });
  });

  it('refuses a file above SAKSKART_MAX_FILE_MB before reading it, naming the file', async () => {
    const big = path.join(dir, 'stor.txt');
    await writeFile(big, Buffer.alloc(3 * 2 ** 20, 'a'));
    const found = await collectInputs([dir], 2 * 2 ** 20);
    const [r] = await ingestFiles(ex, found);
    expect(r).toMatchObject({ status: 'failed', file: 'stor.txt' });
    expect(r!.error).toMatch(/stor\.txt: file is 3\.0 MB, above the limit of 2 MB \(SAKSKART_MAX_FILE_MB\)/);
  });

  it("keeps which files failed and why, without the machine's folders, until they load", async () => {
    await mkdir(path.join(dir, '2019'));
    await writeFile(path.join(dir, '2019', 'tom.txt'), '');
    await writeFile(path.join(dir, NUFA_2021), await fixture(NUFA_2021));
    const results = await ingestFiles(ex, await collectInputs([dir]));
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['2019/tom.txt', 'failed'],
      [NUFA_2021, 'loaded'],
    ]);
    const failed = await ex.read('MATCH (f:FailedLoad) RETURN f.file AS file, f.error AS error');
    expect(failed).toEqual([{ file: '2019/tom.txt', error: expect.stringMatching(/^2019\/tom\.txt: .*empty/) }]);
    expect(String(failed[0]!.error)).not.toContain(dir);

    await writeFile(
      path.join(dir, '2019', 'tom.txt'),
      await fixture(NUFA_2021).then((t) => t.replace(/2021/g, '2019')),
    );
    const [again] = await ingestFiles(ex, await collectInputs([dir]));
    expect(again!.file).toBe('2019/tom.txt');
    expect(again!.status).not.toBe('failed');
    expect(await ex.read('MATCH (f:FailedLoad) RETURN f.file AS file')).toEqual([]);
  });

  it('escapes control characters in file names when printing', async () => {
    const name = `referat\u202Etxt.exe.txt`;
    await writeFile(path.join(dir, name), 'Handleliste\nmelk\n');
    const results = await ingestFiles(ex, await collectInputs([dir]));
    const printed = formatSummary(results);
    expect(printed).not.toContain('\u202E');
    expect(printed).toContain('referat\\u{202E}txt.exe.txt');
  });
});

describe('facts from several documents', () => {
  it('keeps one relationship per fact with every source, and drops only the sources of a removed document', async () => {
    const text = await fixture(NUFA_2021);
    await writeFile(path.join(dir, 'm1.txt'), text);
    // The next meeting: the same members, other cases.
    await writeFile(
      path.join(dir, 'm2.txt'),
      text.replace('24. november 2021', '2. februar 2022').replaceAll('/21', '/22'),
    );
    await ingestFiles(ex, await collectInputs([dir]));
    const member = () =>
      ex.read(
        "MATCH (:Person {id: 'terje-bremnes'})-[r:MEMBER_OF]->(:Committee {key: 'NUFA'}) RETURN size(r.sourceIds) AS sources",
      );
    expect(await member()).toEqual([{ sources: 2 }]);
    // m2 is edited: Terje Bremnes is no longer listed.
    await writeFile(
      path.join(dir, 'm2.txt'),
      (await readFile(path.join(dir, 'm2.txt'), 'utf8')).replace('Terje Bremnes, Helse Vest RHF\n', ''),
    );
    const [again] = await ingestFiles(ex, [{ path: path.join(dir, 'm2.txt'), relPath: 'm2.txt' }]);
    expect(again!.status).toBe('replaced');
    expect(await member()).toEqual([{ sources: 1 }]);
  });

  it('keeps two titles of one case per source and warns naming both documents', async () => {
    const text = await fixture(NUFA_2021);
    await writeFile(path.join(dir, 'first.txt'), text);
    await writeFile(
      path.join(dir, 'second.txt'),
      text.replaceAll('Pasientens legemiddelliste – status', 'Pasientens legemiddelliste – innføring'),
    );
    const [first, second] = await ingestFiles(ex, await collectInputs([dir]));
    expect(first!.warnings.filter((w) => /differs/.test(w))).toEqual([]);
    const conflict = second!.warnings.find((w) => w.includes('NUFA-35/21'));
    expect(conflict).toMatch(
      /title "Pasientens legemiddelliste – innføring" in second\.txt differs from "Pasientens legemiddelliste – status" in first\.txt/,
    );
    const titles = await ex.read(
      "MATCH (d:Document)-[s:SOURCE_OF]->(:Case {id: 'NUFA-35/21'}) RETURN d.file AS file, s.contributed AS c ORDER BY file",
    );
    expect(titles.map((t) => [t.file, (JSON.parse(String(t.c)) as { title: string }).title])).toEqual([
      ['first.txt', 'Pasientens legemiddelliste – status'],
      ['second.txt', 'Pasientens legemiddelliste – innføring'],
    ]);
  });

  it("reports each file's own warnings only", async () => {
    await writeFile(path.join(dir, 'a.txt'), await fixture('ehelseraad-innkalling-2022-12.txt'));
    await writeFile(path.join(dir, 'b.txt'), await fixture(NUFA_2021));
    const [a, b] = await ingestFiles(ex, await collectInputs([dir]));
    expect(a!.warnings.length).toBeGreaterThan(0);
    expect(b!.warnings.filter((w) => w.includes('a.txt') || w.includes('EHELSERAD'))).toEqual([]);
  });
});

describe('in-memory documents', () => {
  it('loads an uploaded document by its name with the same result as a file', async () => {
    const text = await fixture(NUFA_2021);
    const r = await ingestSource(ex, { relPath: 'opplastet/referat.txt', text });
    expect(r).toMatchObject({ file: 'opplastet/referat.txt', status: 'loaded', cases: 3 });
    const again = await ingestSource(ex, { relPath: 'opplastet/referat.txt', bytes: new TextEncoder().encode(text) });
    expect(again.status).toBe('unchanged');
  });
});
