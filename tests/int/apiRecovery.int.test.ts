import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local/localNeo4j.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { applySchema } from '../../graph/schema/index.js';
import { createApp } from '../../server/app.js';

// Its own Neo4j: this test stops the database under a running server.
let dir: string | undefined;
let neo4j: LocalNeo4j | undefined;
let ex: Executor | undefined;
afterAll(async () => {
  await ex?.close();
  await neo4j?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('when Neo4j goes away', () => {
  it('answers 503 with Retry-After, and recovers by itself when Neo4j returns', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-recovery-'));
    const opts = {
      dir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '256m',
      pageCache: '64m',
      startTimeoutMs: 180_000,
    };
    neo4j = await startLocalNeo4j(opts);
    ex = new Executor({ uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password });
    await applySchema(ex);
    const app = createApp({ executor: ex, logger: pino({ level: 'silent' }) });
    await request(app).get('/api/health').expect(200);

    await neo4j.stop();
    const down = await request(app).get('/api/search?q=ehds').expect(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body).toMatchObject({ status: 503, title: 'Database unavailable' });
    await request(app).get('/api/ready').expect(503);
    await request(app).get('/api/live').expect(200);

    neo4j = await startLocalNeo4j(opts);
    await request(app).get('/api/ready').expect(200);
    const up = await request(app).get('/api/health').expect(200);
    expect(up.body.neo4j.version).toMatch(/^5\.26\./);
    // Two Neo4j starts: on a busy two-core machine each can take well over 30 s.
  }, 300_000);
});
