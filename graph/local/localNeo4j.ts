import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Executor } from '../executor.js';
import { renderNeo4jConf } from './neo4jConf.js';
import { authIniPath, ensurePasswordFile, LOCAL_USER, setInitialPassword } from './password.js';
import { classDataSharing } from './classDataSharing.js';
import { checkJava, checkPortFree, isPortFree, javaBinary } from './prerequisites.js';
import { resolveNeo4jClasspath } from './resolveClasspath.js';

export interface LocalNeo4jOptions {
  /** Folder of this instance; created when missing, kept across restarts. */
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Where the password lives (created at first start); default `<dir>/neo4j-password`. */
  passwordFile?: string;
  /** Serve Neo4j Browser on httpPort (the HTTP connector is off otherwise). */
  browser?: boolean;
  /** Let the JVM outlive this process (`npm run neo4j start`); stopped with stopLocalNeo4j. */
  detached?: boolean;
  /**
   * Keep the JVM's loaded classes in the data folder for faster later starts (see
   * classDataSharing): for a folder that is started again, not for a throw-away one.
   */
  classDataSharing?: boolean;
  log?: (msg: string) => void;
}

export interface LocalNeo4j {
  boltUri: string;
  /** Neo4j Browser, when the HTTP connector runs. */
  browserUrl?: string;
  user: string;
  password: string;
  passwordFile: string;
  javaPid: number;
  /** True when this process started the server (and so must stop it). */
  startedHere: boolean;
  /** Settles when the JVM is gone, for whatever reason (stop, crash, kill -9). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export interface RunState {
  javaPid: number;
  boltPort: number;
  httpPort: number;
  browser?: boolean;
}

const STATE_FILE = 'run/sakskart-state.json';

/*
 * The JVM runs under a small shell supervisor. Its stdin is a pipe from this Node process: when
 * Node dies in any way (even SIGKILL) the pipe closes, `read` sees EOF and the JVM is stopped, so
 * no orphaned Java process outlives the command that started it. SIGTERM/SIGINT are forwarded.
 * (fd 3 is needed because sh gives background jobs /dev/null as stdin.)
 */
const SUPERVISOR = `
java_bin="$1"; state="$2"; shift 2
exec 3<&0
"$java_bin" "$@" </dev/null &
j=$!
printf '%s' "$j" > "$state.pid"
trap 'kill -TERM $j 2>/dev/null' TERM INT HUP
( while read -r _ <&3; do :; done; kill -TERM $j 2>/dev/null ) &
w=$!
while kill -0 $j 2>/dev/null; do wait $j; done
kill $w 2>/dev/null
rm -f "$state.pid"
`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isOurNeo4j(pid: number, dir: string): boolean {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('CommunityEntryPoint') && cmd.includes(dir);
  } catch {
    return processAlive(pid);
  }
}

/** The server a previous command left running in `dir`, if it is still alive. */
export async function findRunningLocalNeo4j(dir: string): Promise<RunState | undefined> {
  const file = path.join(dir, STATE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as RunState;
    if (isOurNeo4j(state.javaPid, dir)) return state;
  } catch {
    /* unreadable state: treated as not running */
  }
  await rm(file, { force: true });
  return undefined;
}

export function defaultPasswordFile(dir: string): string {
  return path.join(path.resolve(dir), 'neo4j-password');
}

async function waitUntilReady(
  auth: { uri: string; user: string; password: string; passwordFile: string },
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const boltUri = auth.uri;
  const deadline = Date.now() + timeoutMs;
  const exec = new Executor({ uri: boltUri, user: auth.user, password: auth.password, database: 'system' });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  // A loaded machine can answer a security error while the system database is still starting (its
  // users not yet read): only one that persists means a wrong password. Spaced out, so Neo4j's
  // lock after repeated failed logins is not what we end up measuring.
  let refusedSince: number | undefined;
  try {
    for (;;) {
      if (exited !== null) {
        throw new Error(`Neo4j exited during start-up (code ${exited}). Last log lines:\n${tail(logFile)}`);
      }
      try {
        await exec.verify();
        return;
      } catch (err) {
        const security = String((err as { code?: string }).code).startsWith('Neo.ClientError.Security');
        if (security) refusedSince ??= Date.now();
        if (security && Date.now() - refusedSince! < 20_000 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 3_000));
          continue;
        }
        if (security) {
          throw new Error(
            `The local Neo4j in ${path.dirname(logFile)}/.. refuses the password in ${auth.passwordFile} ` +
              `(${(err as Error).message}). If you changed the password of user ${auth.user}, write the new one into that file.`,
          );
        }
        if (Date.now() > deadline) {
          throw new Error(
            `Neo4j did not accept Bolt connections on ${boltUri} within ${timeoutMs / 1000}s. Last log lines:\n${tail(logFile)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await exec.close();
  }
}

function tail(file: string, lines = 12): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Connects to the local Neo4j in `opts.dir`, starting it when it is not running. A server found
 * running (e.g. under `npm start`) is used as it is and left running.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const dir = path.resolve(opts.dir);
  const passwordFile = path.resolve(opts.passwordFile ?? defaultPasswordFile(dir));
  const running = await findRunningLocalNeo4j(dir);
  if (running) {
    log(`Using the local Neo4j already running in ${dir} (pid ${running.javaPid}).`);
    const { password } = await ensurePasswordFile(passwordFile);
    return {
      boltUri: `bolt://127.0.0.1:${running.boltPort}`,
      browserUrl: running.browser ? `http://127.0.0.1:${running.httpPort}/browser/` : undefined,
      user: LOCAL_USER,
      password,
      passwordFile,
      javaPid: running.javaPid,
      startedHere: false,
      exited: pidGone(running.javaPid),
      stop: async () => {},
    };
  }

  const browser = opts.browser ?? false;
  await checkJava();
  await checkPortFree(opts.boltPort, 'Bolt connector', 'SAKSKART_NEO4J_PORT');
  if (browser) await checkPortFree(opts.httpPort, 'HTTP connector', 'SAKSKART_NEO4J_HTTP_PORT');
  log('Resolving Neo4j 5.26 (Maven downloads it on first use)…');
  const classpath = await resolveNeo4jClasspath();

  for (const sub of ['conf', 'data', 'logs', 'run', 'import']) await mkdir(path.join(dir, sub), { recursive: true });
  await writeFile(
    path.join(dir, 'conf', 'neo4j.conf'),
    renderNeo4jConf({ dir, boltPort: opts.boltPort, httpPort: opts.httpPort, pageCache: opts.pageCache, browser }),
  );
  const { password, created } = await ensurePasswordFile(passwordFile);
  if (created) log(`Generated a password for the local Neo4j (user ${LOCAL_USER}) in ${passwordFile}`);
  if (created || !existsSync(authIniPath(dir))) await setInitialPassword(classpath, dir, password);
  const consoleLog = path.join(dir, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');
  const statePath = path.join(dir, STATE_FILE);
  const cds = opts.classDataSharing ? await classDataSharing(javaBinary(), dir, classpath, log) : [];
  const javaArgs = [
    ...cds,
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    classpath,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${dir}`,
    `--config-dir=${path.join(dir, 'conf')}`,
  ];
  log(`Starting Neo4j on 127.0.0.1:${opts.boltPort} (data in ${dir})…`);
  // Detached: the JVM itself, in its own process group, so it outlives this command.
  const child = opts.detached
    ? spawn(javaBinary(), javaArgs, { stdio: ['ignore', out, out], detached: true })
    : spawn('sh', ['-c', SUPERVISOR, 'sakskart-neo4j', javaBinary(), statePath, ...javaArgs], {
        stdio: ['pipe', out, out],
      });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const boltUri = `bolt://127.0.0.1:${opts.boltPort}`;

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      // A JVM that ignores SIGTERM for 60s is stuck: take it down hard.
      const pid = Number(readFileSafe(`${statePath}.pid`));
      if (pid) process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    }, 60_000);
    await exited;
    clearTimeout(timer);
    await rm(statePath, { force: true });
  };

  try {
    await waitUntilReady(
      { uri: boltUri, user: LOCAL_USER, password, passwordFile },
      child,
      path.join(dir, 'logs', 'neo4j.log'),
      opts.startTimeoutMs,
    );
    // Neo4j opens HTTP some seconds after Bolt; the Browser URL is printed only once it answers.
    if (browser) await waitForListener(opts.httpPort, opts.startTimeoutMs);
  } catch (err) {
    await stop();
    throw err;
  }
  const javaPid = opts.detached ? child.pid! : Number(readFileSafe(`${statePath}.pid`));
  const state: RunState = { javaPid, boltPort: opts.boltPort, httpPort: opts.httpPort, browser };
  await writeFile(statePath, JSON.stringify(state));
  if (opts.detached) child.unref();
  return {
    boltUri,
    browserUrl: browser ? `http://127.0.0.1:${opts.httpPort}/browser/` : undefined,
    user: LOCAL_USER,
    password,
    passwordFile,
    javaPid,
    startedHere: true,
    exited,
    stop,
  };
}

async function waitForListener(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await isPortFree(port)) {
    if (Date.now() > deadline) throw new Error(`Neo4j Browser did not open port ${port} within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Settles once `pid` is gone: how a server started by another command is watched. */
function pidGone(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!processAlive(pid)) {
        clearInterval(timer);
        resolve();
      }
    }, 1000);
    timer.unref();
  });
}

/** Stops the server running in `dir` (started by any command); false when none was running. */
export async function stopLocalNeo4j(dir: string, timeoutMs = 60_000): Promise<boolean> {
  const abs = path.resolve(dir);
  const running = await findRunningLocalNeo4j(abs);
  if (!running) return false;
  process.kill(running.javaPid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (processAlive(running.javaPid)) {
    if (Date.now() > deadline) process.kill(running.javaPid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 250));
  }
  await rm(path.join(abs, STATE_FILE), { force: true });
  return true;
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
