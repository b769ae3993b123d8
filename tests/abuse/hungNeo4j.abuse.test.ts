import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraph, type GraphConnection } from '../../graph/connect.js';
import { Executor } from '../../graph/executor.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { applySchema } from '../../graph/schema/index.js';
import { createApp } from '../../server/app.js';

/*
 * Issue 26, point 3: a Neo4j that is hung (SIGSTOP), not dead. The JVM keeps its port, so the
 * kernel still accepts connections and nothing ever answers. Its own supervised Neo4j, as
 * `npm start` runs it: the shared one of the int project must never be stopped.
 */
let home: string | undefined;
let graph: GraphConnection | undefined;
let reader: Executor | undefined;
let direct: Executor | undefined;
const stoppedPids = new Set<number>();
afterAll(async () => {
  // Whatever happened above: no JVM is left stopped (SIGCONT, then the normal shutdown).
  for (const pid of stoppedPids) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      /* gone already */
    }
  }
  await reader?.close().catch(() => {});
  await direct?.close().catch(() => {});
  await graph?.close();
  for (const pid of stoppedPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone, as it should be */
    }
  }
  if (home) await rm(home, { recursive: true, force: true });
}, 120_000);

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function timed(req: request.Test): Promise<{ res: request.Response; ms: number }> {
  const t0 = Date.now();
  const res = await req;
  return { res, ms: Date.now() - t0 };
}

describe('a local Neo4j that hangs (SIGSTOP)', () => {
  it('is noticed, answered with 503 while hung, killed and restarted with its data; /api/live keeps answering', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-hung-'));
    const logs: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const boltPort = await freePort();
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
        // Killed after 20 failed probes of 1 s: long enough to watch the app answer while hung.
        supervision: {
          probeIntervalMs: 1_000,
          probeTimeoutMs: 2_500,
          hungAfterFailedProbes: 20,
          backoffInitialMs: 500,
        },
      },
    );
    const { executor, status } = graph;
    const password = (await readFile(path.join(home, 'neo4j-password'), 'utf8')).trim();
    reader = new Executor({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, readTimeoutMs: 60_000 });
    await applySchema(reader);
    await reader.write("CREATE (:Committee {key: 'STOPPED', name: 'Overlever SIGSTOP'})");
    const app = createApp({ executor, logger: pino({ level: 'silent' }), graphStatus: status });
    // As with an external Neo4j: no supervisor to ask, only the executor's own deadlines.
    direct = new Executor({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password,
      readTimeoutMs: 3_000,
      answerGraceMs: 2_000,
    });
    const unsupervised = createApp({ executor: direct, logger: pino({ level: 'silent' }) });
    await request(app).get('/api/ready').expect(200, { ready: true });
    // A fresh JVM plans its first queries slowly on a busy machine: warmed before the short deadlines count.
    await until('first search answered', 60_000, async () => {
      const r = await request(unsupervised).get('/api/search?q=Overlever');
      return r.status === 200 ? r : undefined;
    });
    const before = await until('health before', 60_000, async () => {
      const r = await request(app).get('/api/health');
      return r.status === 200 ? r : undefined;
    });
    expect(before.body.nodes.Committee).toBe(1);

    // /api/live is polled throughout: it must answer within 2 s at every moment.
    const liveTimes: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const { res, ms } = await timed(request(app).get('/api/live'));
        expect(res.status).toBe(200);
        liveTimes.push(ms);
        await new Promise((r) => setTimeout(r, 300));
      }
    })();

    const firstPid = status!().pid!;
    process.kill(firstPid, 'SIGSTOP');
    stoppedPids.add(firstPid);
    const stoppedAt = Date.now();

    const ready = await timed(request(app).get('/api/ready'));
    expect(ready.res.status).toBe(503);
    expect(ready.res.headers['retry-after']).toBe('5');
    expect(ready.ms).toBeLessThan(3_500);

    // Without a supervisor's word each read waits out its deadline (3 s + 2 s; a search makes two
    // reads one after the other), then 503, not 500.
    const lost = await timed(request(unsupervised).get('/api/search?q=Overlever'));
    expect(lost.res.status).toBe(503);
    expect(lost.res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(lost.res.headers['retry-after']).toBe('5');
    expect(lost.ms).toBeLessThan(13_000);

    // The supervisor has seen failed probes by now: requests are answered 503 at once.
    const down = await until('state down', 10_000, async () => (status!().state === 'down' ? true : undefined));
    expect(down).toBe(true);
    for (const url of ['/api/search?q=Overlever', '/api/health', '/api/meetings', '/feeds/committees/STOPPED.atom']) {
      const { res, ms } = await timed(request(app).get(url));
      expect(res.status, url).toBe(503);
      expect(res.headers['content-type'], url).toMatch(/application\/problem\+json/);
      expect(res.headers['retry-after'], url).toBe('5');
      expect(ms, url).toBeLessThan(2_000);
    }

    // Killed as hung (SIGKILL works on a stopped process) and started again with its data.
    await until('ready again', 240_000, async () => {
      const r = await request(app).get('/api/ready');
      return r.status === 200 ? r : undefined;
    });
    process.stderr.write(`[hung] ready again ${((Date.now() - stoppedAt) / 1000).toFixed(1)}s after SIGSTOP\n`);
    expect(status!()).toMatchObject({ state: 'up', restarts: 1 });
    expect(status!().pid).not.toBe(firstPid);
    expect(() => process.kill(firstPid, 0)).toThrow(); // the hung JVM is gone
    const health = await until('health answered', 60_000, async () => {
      const r = await request(app).get('/api/health');
      return r.status === 200 ? r : undefined;
    });
    expect(health.body.nodes.Committee).toBe(1);
    const found = await until('search answered', 30_000, async () => {
      const r = await request(unsupervised).get('/api/search?q=Overlever');
      return r.status === 200 ? r : undefined;
    });
    expect(JSON.stringify(found.body)).toContain('Overlever SIGSTOP');

    polling = false;
    await poller;
    expect(liveTimes.length).toBeGreaterThan(20);
    expect(Math.max(...liveTimes)).toBeLessThan(2_000);
    const messages = logs.map((l) => l.msg);
    expect(messages).toContain('local Neo4j does not answer');
    expect(messages).toContain('local Neo4j is hung; killing it');
    expect(messages).toContain('local Neo4j restarted');
  }, 400_000);
});
