import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { freePort } from '../../graph/local/prerequisites.js';
import { crossOriginWrite, rawHttp } from '../helpers/rawHttp.js';

const run = promisify(execFile);

/** `npm run neo4j -- …` as a user types it (through tsx, without npm's banner). */
async function neo4jCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('npx', ['tsx', 'graph/cli/neo4j.ts', ...args], { timeout: 240_000, env: process.env });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
const vars = (out: string) =>
  Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );

let home: string | undefined;
let executor: Executor | undefined;
afterAll(async () => {
  await executor?.close();
  if (home) {
    await neo4jCli('stop', '--home', home);
    await rm(home, { recursive: true, force: true });
  }
});

describe('npm run neo4j, and Neo4j Browser opt-in', () => {
  it('starts, reports, hands out the password and stops the local Neo4j; its HTTP API refuses other origins', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-cli-'));
    const boltPort = await freePort();
    const httpPort = await freePort();
    const args = ['--home', home, '--port', String(boltPort), '--http-port', String(httpPort)];

    const started = await neo4jCli('start', ...args, '--browser');
    expect(started.code, started.stderr).toBe(0);
    const env = vars(started.stdout);
    expect(env).toEqual({
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD_FILE: path.join(home, 'neo4j-password'),
      NEO4J_BROWSER: `http://127.0.0.1:${httpPort}/browser/`,
    });
    const status = await neo4jCli('status', '--home', home);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^running, pid \d+/);
    const password = (await neo4jCli('password', '--home', home)).stdout.trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);

    executor = new Executor({ uri: env.NEO4J_URI!, user: 'neo4j', password, readTimeoutMs: 60_000 });
    await executor.write("CREATE (:Topic {key: 'cli', name: 'Fra CLI'})");

    // Finding 1 with Browser opted in: the HTTP query and transaction APIs are not served at all,
    // with or without credentials, and no answer tells another origin it may read it.
    const anonymous = await crossOriginWrite(httpPort);
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers['access-control-allow-origin']).toBeUndefined();
    const withPassword = await crossOriginWrite(httpPort, {
      Authorization: `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}`,
    });
    expect(withPassword.status).toBe(404);
    expect((await executor.read('MATCH (p:ProbeMarker) RETURN count(p) AS n'))[0]!.n).toBe(0);
    const browser = await rawHttp({ port: httpPort, path: '/browser/', headers: { Origin: 'https://evil.example' } });
    expect(browser.status).toBe(200);
    expect(browser.headers['access-control-allow-origin']).toBe(`http://127.0.0.1:${httpPort}`);

    // Discovery: a forged Host is not echoed for Bolt, and the configured Bolt port is advertised.
    const discovery = await rawHttp({
      port: httpPort,
      headers: { Host: 'evil.example', Accept: 'application/json' },
    });
    expect(discovery.status).toBe(200);
    const doc = JSON.parse(discovery.body) as Record<string, string>;
    expect(doc.bolt_direct).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(doc.bolt_routing).toBe(`neo4j://127.0.0.1:${boltPort}`);
    expect(discovery.body).not.toContain('evil.example');
    expect(discovery.headers['access-control-allow-origin']).toBe(`http://127.0.0.1:${httpPort}`);

    // Stopped by the CLI, started again by the CLI: same password, data kept.
    expect((await neo4jCli('stop', '--home', home)).code).toBe(0);
    expect((await neo4jCli('status', '--home', home)).code).toBe(3);
    await expect(rawHttp({ port: httpPort })).rejects.toThrow(/ECONNREFUSED/);
    const again = await neo4jCli('start', ...args);
    expect(again.code, again.stderr).toBe(0);
    expect(vars(again.stdout).NEO4J_BROWSER).toBeUndefined();
    expect(await executor.read("MATCH (t:Topic {key: 'cli'}) RETURN t.name AS name")).toEqual([{ name: 'Fra CLI' }]);
  }, 400_000);
});
