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
import { until } from '../helpers/until.js';

// Its own supervised Neo4j, as `npm start` runs it: this test kills the JVM under a running server.
let home: string | undefined;
let graph: GraphConnection | undefined;
let reader: Executor | undefined;
afterAll(async () => {
  await reader?.close();
  await graph?.close();
  if (home) await rm(home, { recursive: true, force: true });
});

describe('a local Neo4j that dies', () => {
  it('is noticed, reported by /api/ready, restarted with its data, while /api/live stays true', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-supervision-'));
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
      { supervise: logger, supervision: { probeIntervalMs: 1_000, backoffInitialMs: 500 } },
    );
    const { executor, status } = graph;
    // A client of its own, patient with a JVM that has just started on a busy machine.
    reader = new Executor({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: (await readFile(path.join(home, 'neo4j-password'), 'utf8')).trim(),
      readTimeoutMs: 60_000,
    });
    await applySchema(reader);
    await reader.write("CREATE (:Committee {key: 'SURVIVOR', name: 'Overlever kill -9'})");
    const app = createApp({ executor, logger: pino({ level: 'silent' }), graphStatus: status });
    await request(app).get('/api/ready').expect(200, { ready: true });
    const firstPid = status!().pid!;

    process.kill(firstPid, 'SIGKILL');
    // The first 503 may come from the failed probe before the supervisor has seen the exit
    // ('unresponsive'); within seconds the supervisor must have noticed it and be restarting.
    const seen: string[] = [];
    const down = await until('ready=false, noticed by the supervisor', 15_000, async () => {
      const r = await request(app).get('/api/ready');
      if (r.status !== 503) return undefined;
      seen.push(r.body.neo4j);
      return ['down', 'restarting'].includes(r.body.neo4j) ? r : undefined;
    });
    expect(down.headers['retry-after']).toBe('5');
    expect(seen).not.toContain('up');
    await request(app).get('/api/live').expect(200, { live: true });

    const killedAt = Date.now();
    await until('ready=true again', 240_000, async () => {
      const r = await request(app).get('/api/ready');
      return r.status === 200 ? r : undefined;
    });
    const recoverySeconds = (Date.now() - killedAt) / 1000;
    process.stderr.write(`[supervision] ready again ${recoverySeconds.toFixed(1)}s after kill -9\n`);

    const health = await until('health answered', 60_000, async () => {
      const r = await request(app).get('/api/health');
      return r.status === 200 ? r : undefined;
    });
    expect(health.body.nodes.Committee).toBe(1);
    expect(await reader.read("MATCH (c:Committee {key: 'SURVIVOR'}) RETURN c.name AS name")).toEqual([
      { name: 'Overlever kill -9' },
    ]);
    expect(status!()).toMatchObject({ state: 'up', restarts: 1 });
    expect(status!().pid).not.toBe(firstPid);
    const messages = logs.map((l) => l.msg);
    expect(messages).toContain('local Neo4j exited unexpectedly; restarting it');
    expect(messages).toContain('local Neo4j restarted');
    expect(logs.find((l) => l.msg.includes('exited unexpectedly'))!.level).toBe(50);
  }, 400_000);
});
