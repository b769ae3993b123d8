/**
 * `npm start` as a user runs it, twice on one data folder: the first start loads the bundled corpus
 * into a new local Neo4j; the second (warm) finds it there. Each is timed from spawn until the
 * server says where it runs and /api/ready answers 200, the JVM of the local Neo4j included.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../graph/local/prerequisites.js';

const require = createRequire(import.meta.url);

async function timedStart(env: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  // Its own local Neo4j, whatever Neo4j the bench itself was pointed at.
  const own = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'server/main.ts'], {
    env: { ...own, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  try {
    let url: string | undefined;
    for await (const line of createInterface({ input: child.stdout! })) {
      const m = /Sakskart is running at (\S+)/.exec(line);
      if (m) {
        url = m[1]!;
        break;
      }
    }
    if (!url) throw new Error(`npm start ended before it was running: ${stderr}`);
    const ready = await fetch(`${url}/api/ready`);
    if (ready.status !== 200) throw new Error(`/api/ready answered ${ready.status}`);
    return (performance.now() - t0) / 1000;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function measureWarmStart(): Promise<{ firstSeconds: number; warmSeconds: number }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-start-bench-'));
  try {
    const env = {
      SAKSKART_HOME: home,
      SAKSKART_PORT: String(await freePort()),
      SAKSKART_NEO4J_PORT: String(await freePort()),
      SAKSKART_NEO4J_HTTP_PORT: String(await freePort()),
      SAKSKART_ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef',
    };
    const firstSeconds = await timedStart(env);
    const warmSeconds = await timedStart(env);
    return { firstSeconds, warmSeconds };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
