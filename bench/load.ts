/**
 * Load: one client hammers /api/neighbourhood (20 ids, depth 3, limit 2000) over 20 connections
 * with autocannon while a second client (another loopback address) searches at a steady pace; the
 * second client's p95 is compared with its p95 on an idle server. Server, hammer and measuring
 * client are separate processes, loopback only, bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const HAMMER_SECONDS = 15;
const SEARCHES = ['ehds', 'grunndata', 'helseplattformen', 'kjernejournal', 'NUIT', 'finansiering'];

export interface LoadResult {
  idleP95Ms: number;
  loadedP95Ms: number;
  lightRequests: number;
  lightErrors: number;
  heavy: { requests: number; perSecond: number; statuses: Record<string, number> };
}

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function listening(child: ChildProcess): Promise<string> {
  for await (const line of createInterface({ input: child.stdout! })) {
    const m = /^listening (\S+)/.exec(line);
    if (m) return m[1]!;
  }
  throw new Error('load server ended before listening');
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;

/** Light requests from 127.0.0.2, one at a time, every `gapMs`, for `ms`; returns latencies. */
async function lightClient(base: string, ms: number, gapMs = 100) {
  const agent = new http.Agent({ keepAlive: true, localAddress: '127.0.0.2' });
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + ms;
  for (let i = 0; Date.now() < until; i++) {
    const t0 = performance.now();
    const status = await new Promise<number>((resolve) => {
      const req = http.get(
        `${base}/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`,
        { agent },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
    });
    latencies.push(performance.now() - t0);
    if (status !== 200) errors++;
    await new Promise((r) => setTimeout(r, gapMs));
  }
  agent.destroy();
  return { latencies, errors };
}

export async function measureLoad(neo4j: { uri: string; user?: string; password?: string }, ids: string[]) {
  const server = start(process.execPath, [require.resolve('tsx/cli'), 'bench/loadServer.ts'], {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user ?? '',
    NEO4J_PASSWORD: neo4j.password ?? '',
  });
  try {
    const base = await listening(server);
    await lightClient(base, 2_000); // warm-up: alias cache, query plans
    const idle = await lightClient(base, 6_000);

    const heavyUrl = `${base}/api/neighbourhood?ids=${encodeURIComponent(ids.join(','))}&depth=3&limit=2000`;
    const hammer = start(
      process.execPath,
      [require.resolve('autocannon/autocannon.js'), '-c', '20', '-d', String(HAMMER_SECONDS), '-j', heavyUrl],
      {},
    );
    let out = '';
    hammer.stdout!.on('data', (d: Buffer) => (out += d));
    const hammerDone = new Promise<void>((resolve) => hammer.on('exit', () => resolve()));
    await new Promise((r) => setTimeout(r, 1_000)); // let the hammer reach full pressure
    const loaded = await lightClient(base, (HAMMER_SECONDS - 2) * 1000);
    await hammerDone;
    const report = JSON.parse(out) as {
      requests: { total: number; average: number };
      statusCodeStats?: Record<string, { count: number }>;
    };
    return {
      idleP95Ms: p95(idle.latencies),
      loadedP95Ms: p95(loaded.latencies),
      lightRequests: loaded.latencies.length,
      lightErrors: loaded.errors + idle.errors,
      heavy: {
        requests: report.requests.total,
        perSecond: report.requests.average,
        statuses: Object.fromEntries(Object.entries(report.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
      },
    } satisfies LoadResult;
  } finally {
    server.kill('SIGTERM');
  }
}
