import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLIENT_DIST = path.join(ROOT, 'dist', 'client');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the client with Vite when the bundle is missing or older than its sources. */
export async function ensureClientBuilt(log: (m: string) => void): Promise<string> {
  const index = path.join(CLIENT_DIST, 'index.html');
  const sources = [path.join(ROOT, 'client'), path.join(ROOT, 'graph', 'schema')];
  const stale = !existsSync(index) || sources.some((s) => newestMtime(s) > statSync(index).mtimeMs);
  if (stale) {
    log('Building the client…');
    const { build } = await import('vite');
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  return CLIENT_DIST;
}
