import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraph, type GraphConnection } from '../../graph/connect.js';
import { Executor } from '../../graph/executor.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { applySchema } from '../../graph/schema/index.js';
import { createApp } from '../../server/app.js';
import { until } from '../helpers/until.js';

/*
 * A local Neo4j that hangs (SIGSTOP: the process is there, its port accepts, nothing answers) under
 * a running server, as `npm start` runs it with its supervisor. Dead is the easy case
 * (tests/int/supervision.int.test.ts); hung is the one that used to go unnoticed for ever.
 */
let home: string | undefined;
let graph: GraphConnection | undefined;
let reader: Executor | undefined;
let server: Server | undefined;
let stoppedPid: number | undefined;

afterAll(async () => {
  // Should the supervisor not have killed it, a stopped JVM must not outlive the test.
  if (stoppedPid) {
    try {
      process.kill(stoppedPid, 'SIGCONT');
    } catch {
      /* gone, as it should be */
    }
  }
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await reader?.close();
  await graph?.close();
  if (home) await rm(home, { recursive: true, force: true });
});

/** A GET with its status, body and how long it took; a client gives up after 60 s. */
async function timed(url: string) {
  const t0 = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, ms: performance.now() - t0 };
}

/** Everything under `dir` (links not followed) that group or others may read, write or enter. */
async function openToOthers(dir: string) {
  const wide: string[] = [];
  let files = 0;
  const walk = async (p: string) => {
    const st = await lstat(p).catch(() => undefined); // the JVM may remove a file meanwhile
    if (!st || st.isSymbolicLink()) return;
    files++;
    if (st.mode & 0o077) wide.push(`${path.relative(dir, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const e of await readdir(p).catch(() => [])) await walk(path.join(p, e));
  };
  await walk(dir);
  return { files, wide };
}

describe('a local Neo4j that hangs', () => {
  it('is answered for at once, killed as hung and restarted with its data, while the server keeps answering', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-hung-'));
    const logs: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const boltPort = await freePort();
    // Probes every second, each given 2 s, hung after 3 misses: the mechanism at a test's pace.
    graph = await openGraph(
      {
        SAKSKART_HOME: home,
        SAKSKART_NEO4J_PORT: String(boltPort),
        SAKSKART_NEO4J_HTTP_PORT: String(await freePort()),
        SAKSKART_NEO4J_HEAP: '256m',
        SAKSKART_NEO4J_PAGECACHE: '64m',
      },
      () => {},
      {
        supervise: logger,
        supervision: { probeIntervalMs: 1_000, probeTimeoutMs: 2_000, hungAfterFailedProbes: 3, backoffInitialMs: 500 },
      },
    );
    const { executor, status } = graph;
    reader = new Executor({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: (await readFile(path.join(home, 'neo4j-password'), 'utf8')).trim(),
      readTimeoutMs: 60_000,
    });
    await applySchema(reader);
    await reader.write("CREATE (:Committee {key: 'HENGT', name: 'Overlever SIGSTOP'})");
    server = createApp({ executor, logger: pino({ level: 'silent' }), graphStatus: status }).listen(0, '127.0.0.1');
    await new Promise((r) => server!.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await timed(`${base}/api/ready`)).status).toBe(200);
    const firstPid = status!().pid!;
    // The store, its logs and the password the JVM and Sakskart wrote: private to this user.
    const open = await openToOthers(home);
    expect(open.files).toBeGreaterThan(10);
    expect(open.wide).toEqual([]);

    stoppedPid = firstPid;
    process.kill(firstPid, 'SIGSTOP');
    const stoppedAt = Date.now();

    // A read already on its way when Neo4j hangs: a 503 problem at its deadline, never a 500 or a hang.
    const inFlight = timed(`${base}/api/search?q=kjernejournal`);
    // Readiness within its own bound; liveness at once: restarting Sakskart would not help.
    const ready = await timed(`${base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(4_000);
    const live = await timed(`${base}/api/live`);
    expect(live.status).toBe(200);
    expect(live.ms).toBeLessThan(2_000);

    // Once the supervisor has seen the silence, every read is a 503 problem straight away.
    await until('the supervisor notices', 20_000, async () => (status!().state !== 'up' ? true : undefined));
    const search = await timed(`${base}/api/search?q=helse`);
    expect(search.status).toBe(503);
    expect(search.type).toMatch(/application\/problem\+json/);
    expect(search.ms).toBeLessThan(2_000);

    const first = await inFlight;
    expect(first.status).toBe(503);
    expect(first.type).toMatch(/application\/problem\+json/);

    // Killed as hung and restarted, with what was committed before.
    await until('ready=true again', 240_000, async () => {
      const r = await timed(`${base}/api/ready`);
      return r.status === 200 ? r : undefined;
    });
    process.stderr.write(`[hung] ready again ${((Date.now() - stoppedAt) / 1000).toFixed(1)}s after SIGSTOP\n`);
    expect(status!()).toMatchObject({ state: 'up', restarts: 1 });
    expect(status!().pid).not.toBe(firstPid);
    expect(() => process.kill(firstPid, 0)).toThrow();
    stoppedPid = undefined;
    expect(await reader.read("MATCH (c:Committee {key: 'HENGT'}) RETURN c.name AS name")).toEqual([
      { name: 'Overlever SIGSTOP' },
    ]);
    const health = await until('health answered', 60_000, async () => {
      const r = await timed(`${base}/api/health`);
      return r.status === 200 ? r : undefined;
    });
    expect(JSON.parse(health.text).nodes.Committee).toBe(1);
    const messages = logs.map((l) => l.msg);
    expect(messages).toContain('local Neo4j does not answer');
    expect(messages).toContain('local Neo4j is hung; killing it');
    expect(messages).toContain('local Neo4j restarted');
  }, 420_000);
});
