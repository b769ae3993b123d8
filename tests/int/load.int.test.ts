import express, { type Express } from 'express';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { createApp, type AppOptions } from '../../server/app.js';
import { problemHandler } from '../../server/http/problem.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';

/* Issue 9, finding 5: heavy requests are admitted by cost and concurrency, and run into timeouts. */
let ex: Executor;
beforeAll(async () => {
  ex = await corpusGraph();
});
afterAll(() => closeGraph(ex));

/** A listening server, so simultaneous requests really overlap on one app. */
async function serve(opts: Partial<AppOptions>) {
  const app: Express = createApp({ executor: ex, logger: pino({ level: 'silent' }), ...opts });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const HEAVY = '/api/neighbourhood?ids=Topic:ehds,Committee:NUIT,Committee:NUFA&depth=3&limit=2000';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  return (await res.json()) as { status: number; detail: string };
}

describe('heavy requests', () => {
  it('one client gets at most its share of slots at a time (429 + Retry-After beyond)', async () => {
    const s = await serve({ heavy: { concurrency: 4, queue: 8, perClient: 2, budgetPerMinute: 10_000 } });
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(s.base + HEAVY)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 200).length).toBe(2);
    expect(statuses.filter((x) => x === 429).length).toBe(4);
    const refused = answers.find((r) => r.status === 429)!;
    expect((await problemOf(refused)).detail).toMatch(/At most 2 heavy requests per client/);
    // Slots are given back: the same client is served again once its answers have arrived in full
    // (fetch resolves at the headers; a compressed answer is still streaming then).
    await Promise.all(answers.filter((r) => r !== refused).map((r) => r.text()));
    expect((await fetch(s.base + HEAVY)).status).toBe(200);
    await s.close();
  });

  it('a full queue answers 503 + Retry-After problem+json, and light requests still pass', async () => {
    const s = await serve({
      trustProxy: ['loopback'],
      heavy: { concurrency: 1, queue: 1, perClient: 5, budgetPerMinute: 10_000 },
    });
    // Six clients (behind a trusted proxy) at once: one runs, one waits, the rest are turned away.
    const heavy = Array.from({ length: 6 }, (_, i) =>
      fetch(s.base + HEAVY, { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}` } }),
    );
    const light = await fetch(`${s.base}/api/search?q=ehds`);
    expect(light.status).toBe(200);
    const answers = await Promise.all(heavy);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((x) => x === 200).length).toBe(2);
    expect(statuses.filter((x) => x === 503).length).toBe(4);
    expect((await problemOf(answers.find((r) => r.status === 503)!)).status).toBe(503);
    await s.close();
  });

  it('big requests spend the per-client budget faster than small ones', async () => {
    const s = await serve({ heavy: { concurrency: 2, queue: 8, perClient: 2, budgetPerMinute: 100 } });
    const full = `/api/neighbourhood?ids=${Array.from({ length: 20 }, (_, i) => `Topic:t${i}`).join(',')}&depth=3&limit=2000`;
    // 60 units each: the first is admitted (404: no such topics), the second is over budget.
    expect((await fetch(s.base + full)).status).toBe(404);
    const over = await fetch(s.base + full);
    expect(over.status).toBe(429);
    expect((await problemOf(over)).detail).toMatch(/costs 60 units; the budget of 100 per minute/);
    // What the explorer asks on a click still fits in what is left.
    for (let i = 0; i < 5; i++) {
      const click = await fetch(`${s.base}/api/neighbourhood?ids=Topic:ehds`);
      expect(click.status).toBe(200);
      await click.text(); // read in full, as the explorer does, so its slot is free for the next
    }
    await s.close();
  });

  it('a query that runs out of time is stopped in Neo4j and answered 503 problem+json, not 500', async () => {
    // Neo4j checks timeouts every 2 s, so a query of the app cannot be made to time out reliably on
    // this small graph; a deliberately long one gives the real driver error the routes would get.
    const hasty = new Executor({ ...inject('neo4j'), readTimeoutMs: 500 });
    const err = await hasty.read('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n').catch((e: unknown) => e);
    await hasty.close();
    expect(String((err as { code?: string }).code)).toMatch(/TransactionTimedOut/);
    const app = express();
    app.get('/slow', () => {
      throw err;
    });
    app.use(problemHandler);
    const res = await request(app).get('/slow').expect(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.type).toMatch(/query-timeout/);
  });
});
