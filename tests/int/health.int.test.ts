import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { createApp } from '../../server/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

let executor: Executor;
beforeAll(async () => {
  executor = testExecutor();
  await resetGraph(executor);
  await executor.write("CREATE (:Committee {key: 'NUFA', name: 'Nasjonalt fagutvalg', shortName: 'NUFA'})");
});
afterAll(async () => {
  await resetGraph(executor);
  await executor.close();
});

describe('GET /api/health', () => {
  it('reports the real Neo4j version and node counts by label', async () => {
    const app = createApp({ executor, logger: pino({ level: 'silent' }) });
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.nodes.Committee).toBe(1);
    expect(res.body.nodes.Case).toBe(0);
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const app = createApp({ executor, logger: pino({ level: 'silent' }) });
    const res = await request(app).get('/api/nope').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});
