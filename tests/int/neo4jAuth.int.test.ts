import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '../../graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../graph/local/localNeo4j.js';
import { freePort, javaBinary } from '../../graph/local/prerequisites.js';
import { resolveNeo4jClasspath } from '../../graph/local/resolveClasspath.js';
import { crossOriginWrite } from '../helpers/rawHttp.js';

// Its own Neo4j: a store as the earlier version of Sakskart left it, then upgraded.
let dir: string | undefined;
let old: ChildProcess | undefined;
let neo4j: LocalNeo4j | undefined;
const executors: Executor[] = [];
afterAll(async () => {
  await Promise.all(executors.map((e) => e.close()));
  if (old) {
    const gone = new Promise((r) => old!.once('exit', r));
    old.kill('SIGKILL');
    await gone;
  }
  await neo4j?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The neo4j.conf earlier versions wrote: auth off, HTTP on with Neo4j's default CORS answer `*`. */
function earlierConf(dir: string, boltPort: number, httpPort: number): string {
  return [
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    'server.memory.pagecache.size=64m',
    `server.directories.data=${dir}/data`,
    `server.directories.logs=${dir}/logs`,
    `server.directories.run=${dir}/run`,
    '',
  ].join('\n');
}

async function waitFor<T>(what: string, fn: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

const errorCode = (p: Promise<unknown>) =>
  p.then(
    () => 'succeeded',
    (err: { code?: string }) => err.code ?? String(err),
  );

describe('the local Neo4j requires its password', () => {
  it('upgrades a store of the earlier version (auth off) without losing data, then refuses anyone without the password', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-auth-'));
    const boltPort = await freePort();
    const httpPort = await freePort();
    for (const sub of ['conf', 'logs', 'run']) await mkdir(path.join(dir, sub), { recursive: true });
    await writeFile(path.join(dir, 'conf', 'neo4j.conf'), earlierConf(dir, boltPort, httpPort));
    const out = openSync(path.join(dir, 'logs', 'earlier.log'), 'a');
    old = spawn(
      javaBinary(),
      [
        '-Xmx256m',
        '-cp',
        await resolveNeo4jClasspath(),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${dir}`,
        `--config-dir=${path.join(dir, 'conf')}`,
      ],
      { stdio: ['ignore', out, out] },
    );
    const open = new Executor({ uri: `bolt://127.0.0.1:${boltPort}`, readTimeoutMs: 60_000 });
    executors.push(open);
    await waitFor('earlier-style Neo4j', () => open.verify());
    await open.write("CREATE (:Committee {key: 'KEPT', name: 'Skrevet før oppgraderingen'})");

    // Finding 1 as it was: any web page could write through the HTTP API, and was told it may read.
    const before = await crossOriginWrite(httpPort);
    expect(before.status).toBe(200);
    expect(before.headers['access-control-allow-origin']).toBe('*');
    expect((await open.read('MATCH (p:ProbeMarker) RETURN count(p) AS n'))[0]!.n).toBe(1);
    await open.write('MATCH (p:ProbeMarker) DELETE p');

    const exited = new Promise((r) => old!.once('exit', r));
    old.kill('SIGTERM');
    await exited;
    old = undefined;

    neo4j = await startLocalNeo4j({ dir, boltPort, httpPort, heap: '256m', pageCache: '64m', startTimeoutMs: 180_000 });
    const file = path.join(dir, 'neo4j-password');
    expect(neo4j.passwordFile).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const authed = new Executor({
      uri: neo4j.boltUri,
      user: neo4j.user,
      password: neo4j.password,
      readTimeoutMs: 60_000,
    });
    const anonymous = new Executor({ uri: neo4j.boltUri });
    const defaultPassword = new Executor({ uri: neo4j.boltUri, user: 'neo4j', password: 'neo4j' });
    executors.push(authed, anonymous, defaultPassword);
    expect(await authed.read("MATCH (c:Committee {key: 'KEPT'}) RETURN c.name AS name")).toEqual([
      { name: 'Skrevet før oppgraderingen' },
    ]);
    expect(await errorCode(anonymous.read('MATCH (n) DETACH DELETE n'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await errorCode(defaultPassword.read('RETURN 1'))).toBe('Neo.ClientError.Security.Unauthorized');

    // HTTP connector off by default: the request of finding 1 finds nobody listening.
    await expect(crossOriginWrite(httpPort)).rejects.toThrow(/ECONNREFUSED/);
    expect((await authed.read('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(1);
  }, 300_000);
});
