import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import type { Executor } from '../graph/executor.js';
import { bumpGraphVersion } from '../graph/version.js';
import { createApp } from '../server/app.js';

/** Routes measured, with the target ratio of their p95 to Bolt `RETURN 1` p50 (issue 10). */
export const API_ROUTES: { name: string; url: string; ratio: number; maxKiB?: number; perVersion?: boolean }[] = [
  { name: 'search, common word', url: '/api/search?q=helse', ratio: 15 },
  { name: 'search, rare word', url: '/api/search?q=EHDS', ratio: 15 },
  { name: 'search, typo', url: '/api/search?q=helseplatformen', ratio: 15 },
  { name: 'entity by id', url: '/api/entities/Committee:NUIT', ratio: 5, perVersion: true },
  {
    name: 'neighbourhood depth 2 around NUIT',
    url: '/api/neighbourhood?ids=Committee:NUIT&depth=2&limit=1000',
    ratio: 50,
    maxKiB: 300,
    perVersion: true,
  },
  { name: 'matrix without filters', url: '/api/matrix', ratio: 25, perVersion: true },
  { name: 'flow for EHDS', url: '/api/flow?topic=ehds', ratio: 25, perVersion: true },
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** p50 of a Bolt round trip with no work: the yardstick every route is compared with. */
export async function boltBaseline(executor: Executor, runs = 200): Promise<number> {
  for (let i = 0; i < 20; i++) await executor.read('RETURN 1 AS one');
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await executor.read('RETURN 1 AS one');
    ms.push(performance.now() - t);
  }
  return pct(ms, 50);
}

export interface RouteTiming {
  name: string;
  url: string;
  p50: number;
  p95: number;
  kib: number;
  gzipKiB: number;
  ratio: number;
  target: number;
  maxKiB?: number;
  /** Answers built once per graph version: p50/p95 of the first request after each ingest. */
  firstAfterIngest?: { p50: number; p95: number };
}

/**
 * Each route over real HTTP (the Express app on a loopback port, as the browser meets it), one
 * request at a time after a warm-up, without ETags so every request reaches its route (answers kept
 * per graph version are then served from memory; their first request after an ingest is timed too).
 */
// 100 requests per route: with 40, a p95 was the second-slowest request, and one pause of the
// shared machine decided it (entity by id: p50 4.7 ms, p95 26 ms in one run).
export async function measureApi(executor: Executor, runs = 100): Promise<{ bolt: number; routes: RouteTiming[] }> {
  const app = createApp({ executor, logger: pino({ level: 'silent' }), rateLimitPerMinute: 1_000_000 });
  const server = await new Promise<import('node:http').Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const bolt = await boltBaseline(executor);
    const routes: RouteTiming[] = [];
    for (const r of API_ROUTES) {
      let body = '';
      for (let i = 0; i < 5; i++) body = await (await fetch(base + r.url)).text();
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const res = await fetch(base + r.url, { headers: { 'Accept-Encoding': 'identity' } });
        if (!res.ok) throw new Error(`${r.url}: HTTP ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        ms.push(performance.now() - t);
      }
      // Answers kept per graph version are also timed as the first request after an ingest
      // (the version bumped before each request, untimed): what the first visitor waits.
      let firstAfterIngest: RouteTiming['firstAfterIngest'];
      if (r.perVersion) {
        const cold: number[] = [];
        for (let i = 0; i < Math.min(runs, 20); i++) {
          await executor.writeTx((tx) => bumpGraphVersion(tx));
          const t = performance.now();
          const res = await fetch(base + r.url, { headers: { 'Accept-Encoding': 'identity' } });
          await res.arrayBuffer();
          cold.push(performance.now() - t);
        }
        firstAfterIngest = { p50: pct(cold, 50), p95: pct(cold, 95) };
      }
      const p95 = pct(ms, 95);
      routes.push({
        name: r.name,
        url: r.url,
        p50: pct(ms, 50),
        p95,
        kib: Buffer.byteLength(body) / 1024,
        gzipKiB: gzipSync(body).length / 1024,
        ratio: p95 / bolt,
        target: r.ratio,
        maxKiB: r.maxKiB,
        firstAfterIngest,
      });
    }
    return { bolt, routes };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}
