import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../graph/backup/backup.js';
import { DatabaseNotEmptyError, restoreBackup } from '../../graph/backup/restore.js';
import type { Executor } from '../../graph/executor.js';
import { readGraphVersion } from '../../graph/version.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { loadCorpus } from '../helpers/ingest.js';

let executor: Executor;
let dir: string;
beforeAll(async () => {
  executor = testExecutor();
  dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-backup-'));
  await resetGraph(executor);
  await loadCorpus(executor);
  // Values JSON cannot carry as themselves: an integer beyond 2^53, a whole float, temporal types.
  await executor.write(
    `CREATE (:Committee {key: 'TYPES', name: 'Typeprøve', big: toInteger('9007199254740993'), ratio: 2.0,
       floats: [1.0, 0.1], day: date('2024-02-29'), at: datetime('2024-03-01T10:15:30.123456789+01:00[Europe/Oslo]'),
       local: localdatetime('2024-03-01T10:15'), span: duration('P1Y2M3DT4H'), none: [], flags: [true, false],
       text: 'linje 1\\nlinje 2 \\u0000 «sitat» ∑ 🙂'})`,
  );
});
afterAll(async () => {
  await resetGraph(executor);
  await executor.close();
  await rm(dir, { recursive: true, force: true });
});

/** A backup without its creation time: what must be identical between two backups of one graph. */
async function body(file: string): Promise<string> {
  const [header, ...rest] = (await readFile(file, 'utf8')).split('\n');
  const { createdAt: _createdAt, ...h } = JSON.parse(header!) as Record<string, unknown>;
  return [JSON.stringify(h), ...rest].join('\n');
}

const typesOf = (ex: Executor) =>
  ex.read(
    `MATCH (c:Committee {key: 'TYPES'}) UNWIND keys(c) AS k
     RETURN k, valueType(c[k]) AS t,
       CASE WHEN valueType(c[k]) STARTS WITH 'LIST' THEN [e IN c[k] | toString(e)] ELSE toString(c[k]) END AS v
     ORDER BY k`,
  );

describe('npm run backup / npm run restore', () => {
  it('restores into an empty database a graph whose backup and export are identical, types included', async () => {
    const before = path.join(dir, 'before.jsonl');
    const header = await writeBackup(executor, before);
    expect(header.nodes).toBeGreaterThan(300);
    expect(header.relationships).toBeGreaterThan(500);
    const exportBefore = await exportGraph(executor);
    const typesBefore = await typesOf(executor);

    await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    const restored = await restoreBackup(executor, before);
    expect(restored).toEqual({ nodes: header.nodes, relationships: header.relationships });

    const after = path.join(dir, 'after.jsonl');
    await writeBackup(executor, after);
    expect(await body(after)).toBe(await body(before));
    expect(await exportGraph(executor)).toEqual(exportBefore);
    expect(await typesOf(executor)).toEqual(typesBefore);
    expect(typesBefore).toContainEqual({ k: 'big', t: 'INTEGER NOT NULL', v: '9007199254740993' });
    expect(typesBefore).toContainEqual({ k: 'ratio', t: 'FLOAT NOT NULL', v: '2.0' });
    expect(typesBefore).toContainEqual({
      k: 'at',
      t: 'ZONED DATETIME NOT NULL',
      v: '2024-03-01T10:15:30.123456789+01:00[Europe/Oslo]',
    });
  });

  it('refuses to restore into a database that holds data, unless forced', async () => {
    const file = path.join(dir, 'before.jsonl');
    const [{ n: count }] = (await executor.read('MATCH (n) RETURN count(n) AS n')) as [{ n: number }];
    await expect(restoreBackup(executor, file)).rejects.toThrow(DatabaseNotEmptyError);
    await expect(restoreBackup(executor, file)).rejects.toThrow(/holds \d+ nodes.*--force/);
    expect((await executor.read('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(count);

    await executor.write("CREATE (:Topic {key: 'extra', name: 'Ekstra'})");
    const version = await readGraphVersion(executor);
    await restoreBackup(executor, file, { force: true });
    // The database's own bookkeeping is not in the backup: its graph version moves on, so an HTTP
    // cache never confirms (304) what it held before the restore.
    expect(await readGraphVersion(executor)).toBeGreaterThan(version);
    const again = path.join(dir, 'again.jsonl');
    await writeBackup(executor, again);
    expect(await body(again)).toBe(await body(file));
  });

  it('refuses a damaged backup before touching the database, naming file and line', async () => {
    const lines = (await readFile(path.join(dir, 'before.jsonl'), 'utf8')).trim().split('\n');
    const truncated = path.join(dir, 'truncated.jsonl');
    await writeFile(truncated, `${lines.slice(0, -3).join('\n')}\n`);
    await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await expect(restoreBackup(executor, truncated)).rejects.toThrow(/truncated\.jsonl: truncated/);

    const badLabel = path.join(dir, 'bad-label.jsonl');
    const node = JSON.parse(lines[1]!) as { labels: string[] };
    node.labels = ['Evil'];
    await writeFile(badLabel, [lines[0], JSON.stringify(node), ...lines.slice(2)].join('\n'));
    await expect(restoreBackup(executor, badLabel)).rejects.toThrow(/bad-label\.jsonl:2: labels\.0/);
    expect((await executor.read('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(0);
  });
});
