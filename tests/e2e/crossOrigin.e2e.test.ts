import { readFile, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local/localNeo4j.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { applySchema } from '../../graph/schema/index.js';
import { startExplorer } from './browser.js';

/*
 * Finding 1 of issue 9 from a real browser: a page on another origin (another loopback port, as
 * any web site the user visits would be) tries to write into the local Neo4j (HTTP API, and Bolt
 * over WebSocket with the official browser driver) and to read the API. Neo4j runs as users run it
 * with Neo4j Browser opted in, i.e. with the most surface there is.
 */
const DRIVER_BUNDLE = path.resolve('node_modules/neo4j-driver/lib/browser/neo4j-web.min.js');

let dir: string;
let neo4j: LocalNeo4j;
let executor: Executor;
let explorer: Awaited<ReturnType<typeof startExplorer>>;
let evil: http.Server;
let evilOrigin: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-origin-'));
  neo4j = await startLocalNeo4j({
    dir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '256m',
    pageCache: '64m',
    startTimeoutMs: 180_000,
    browser: true,
  });
  executor = new Executor({ uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, readTimeoutMs: 60_000 });
  await applySchema(executor);
  await executor.write("CREATE (:Committee {key: 'NUFA', name: 'Nasjonalt fagutvalg'})");
  explorer = await startExplorer(executor);
  const bundle = await readFile(DRIVER_BUNDLE);
  evil = http.createServer((req, res) => {
    if (req.url === '/neo4j-web.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    } else {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Harmless page</title><script src="/neo4j-web.js"></script>');
    }
  });
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
  evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await explorer?.close();
  await new Promise((r) => evil?.close(r));
  await executor?.close();
  await neo4j?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a web page on another origin', () => {
  it('can neither write into the local Neo4j nor read the API', async () => {
    const page = await explorer.browser.newPage();
    await page.goto(`${evilOrigin}/`);
    const httpPort = new URL(neo4j.browserUrl!).port;
    const outcome = await page.evaluate(
      async ({ httpPort, boltUri, api }) => {
        const attempt = async (fn: () => Promise<unknown>) => {
          try {
            return { ok: true, value: String(await fn()) };
          } catch (err) {
            const e = err as { code?: string; name?: string; message?: string };
            return { ok: false, error: e.code || e.name || '', message: e.message ?? '' };
          }
        };
        const statements = JSON.stringify({ statements: [{ statement: 'CREATE (:ProbeMarker) RETURN 1' }] });
        const tx = `http://127.0.0.1:${httpPort}/db/neo4j/tx/commit`;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const neo4jWeb = (window as any).neo4j;
        const bolt = (auth: unknown) => async () => {
          const driver = neo4jWeb.driver(boltUri, auth);
          try {
            const r = await driver.executeQuery('MATCH (n) DETACH DELETE n CREATE (:ProbeMarker) RETURN 1 AS one');
            return r.records.length;
          } finally {
            await driver.close();
          }
        };
        return {
          httpJson: await attempt(() =>
            fetch(tx, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: statements }).then((r) =>
              r.text(),
            ),
          ),
          // A "simple" request goes out without a preflight; its answer is opaque, its effect is checked below.
          httpSimple: await attempt(() =>
            fetch(tx, {
              method: 'POST',
              mode: 'no-cors',
              headers: { 'Content-Type': 'text/plain' },
              body: statements,
            }).then((r) => r.type),
          ),
          boltDefaultPassword: await attempt(bolt(neo4jWeb.auth.basic('neo4j', 'neo4j'))),
          boltNoAuth: await attempt(bolt(undefined)),
          api: await attempt(() => fetch(`${api}/api/health`).then((r) => r.text())),
        };
      },
      { httpPort, boltUri: neo4j.boltUri, api: explorer.base },
    );
    await page.close();

    expect(outcome.httpJson).toMatchObject({ ok: false, error: 'TypeError' });
    expect(outcome.httpSimple).toEqual({ ok: true, value: 'opaque' });
    expect(outcome.boltDefaultPassword).toMatchObject({ ok: false, error: 'Neo.ClientError.Security.Unauthorized' });
    expect(outcome.boltNoAuth.ok).toBe(false);
    expect(outcome.api).toMatchObject({ ok: false, error: 'TypeError' });
    // Nothing written, nothing deleted (applySchema's GraphMeta node included).
    expect(await executor.read('MATCH (n) RETURN labels(n) AS labels ORDER BY labels(n)[0]')).toEqual([
      { labels: ['Committee'] },
      { labels: ['GraphMeta'] },
    ]);
  }, 120_000);
});
