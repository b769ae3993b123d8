import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { heavyGate, type HeavyLimits } from './heavyGate.js';

/*
 * The gate on a real HTTP server (no Neo4j: the handlers only wait), driven by raw requests that a
 * browser would send: finished, aborted while queued, aborted while running, failed. Whatever the
 * ending, a client's count must go back to zero, or that client is refused for good.
 */
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});

async function start(limits: HeavyLimits, handlerMs: number) {
  const gate = heavyGate(limits);
  const app = express();
  app.use(
    '/heavy',
    gate(() => 1),
  );
  app.get('/heavy', async (req, res) => {
    await new Promise((r) => setTimeout(r, handlerMs));
    if (req.query.fail) throw new Error('boom');
    if (!res.destroyed) res.json({ ok: true });
  });
  app.use((_err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (!res.headersSent) res.status(500).json({ failed: true });
  });
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return { gate, port: (server.address() as AddressInfo).port };
}

function get(port: number, query = '', abortAfterMs?: number): Promise<number | 'aborted'> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/heavy${query}`, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('aborted'));
    if (abortAfterMs !== undefined)
      setTimeout(() => {
        req.destroy();
        resolve('aborted');
      }, abortAfterMs);
  });
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

const limits: HeavyLimits = { concurrency: 1, queue: 16, perClient: 3, budgetPerMinute: 10_000, refusalDelayMs: 0 };

describe('heavy gate', () => {
  it('refuses a client beyond its share with 429 and serves it again once its requests end', async () => {
    const { gate, port } = await start(limits, 150);
    const first = await Promise.all([get(port), get(port), get(port), get(port)]);
    expect(first.filter((s) => s === 429)).toHaveLength(1);
    expect(first.filter((s) => s === 200)).toHaveLength(3);
    await until(() => gate.stats().inFlight === 0);
    expect(gate.stats()).toMatchObject({ inFlight: 0, clients: 0, running: 0, queued: 0 });
    expect(await get(port)).toBe(200);
  });

  it('gives back the count and the slot of requests aborted while queued or running, or failing', async () => {
    const { gate, port } = await start(limits, 300);
    const ends = await Promise.all([
      get(port, '', 100), // aborted while running
      get(port, '', 50), // aborted while queued
      get(port, '?fail=1'), // handler throws
    ]);
    expect(ends).toEqual(['aborted', 'aborted', 500]);
    await until(() => gate.stats().inFlight === 0 && gate.stats().running === 0);
    expect(gate.stats()).toMatchObject({ inFlight: 0, clients: 0, running: 0, queued: 0 });
    // Three more at once all fit again: nothing of the aborted ones is still counted.
    expect(await Promise.all([get(port), get(port), get(port)])).toEqual([200, 200, 200]);
  });

  it('keeps the count right over many mixed rounds', async () => {
    const { gate, port } = await start({ ...limits, perClient: 4 }, 20);
    for (let round = 0; round < 15; round++) {
      await Promise.all([get(port), get(port, '', round % 40), get(port, '?fail=1'), get(port, '', 5)]);
    }
    await until(() => gate.stats().inFlight === 0 && gate.stats().running === 0);
    expect(gate.stats()).toMatchObject({ inFlight: 0, running: 0, queued: 0 });
    expect(await Promise.all([get(port), get(port), get(port), get(port)])).toEqual([200, 200, 200, 200]);
  });

  it('answers a refusal only after a pause, so a client ignoring Retry-After cannot flood with them', async () => {
    const { port } = await start({ ...limits, perClient: 1, refusalDelayMs: 300 }, 1_000);
    const running = get(port);
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    expect(await get(port)).toBe(429);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(await running).toBe(200);
  });
});
