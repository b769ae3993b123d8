import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Executor } from '../executor.js';
import { renderNeo4jConf } from './neo4jConf.js';
import { checkJava, checkPortFree, javaBinary } from './prerequisites.js';
import { resolveNeo4jClasspath } from './resolveClasspath.js';

export interface LocalNeo4jOptions {
  /** Folder of this instance; created when missing, kept across restarts. */
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log?: (msg: string) => void;
}

export interface LocalNeo4j {
  boltUri: string;
  httpUrl: string;
  /** True when this process started the server (and so must stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface RunState {
  javaPid: number;
  boltPort: number;
  httpPort: number;
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

async function waitUntilReady(boltUri: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exec = new Executor({ uri: boltUri, database: 'system' });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  try {
    for (;;) {
      if (exited !== null) {
        throw new Error(`Neo4j exited during start-up (code ${exited}). Last log lines:\n${tail(logFile)}`);
      }
      try {
        await exec.verify();
        return;
      } catch {
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
  const running = await findRunningLocalNeo4j(dir);
  if (running) {
    log(`Using the local Neo4j already running in ${dir} (pid ${running.javaPid}).`);
    return {
      boltUri: `bolt://127.0.0.1:${running.boltPort}`,
      httpUrl: `http://127.0.0.1:${running.httpPort}`,
      startedHere: false,
      stop: async () => {},
    };
  }

  await checkJava();
  await checkPortFree(opts.boltPort, 'Bolt connector', 'SAKSKART_NEO4J_PORT');
  await checkPortFree(opts.httpPort, 'HTTP connector', 'SAKSKART_NEO4J_HTTP_PORT');
  log('Resolving Neo4j 5.26 (Maven downloads it on first use)…');
  const classpath = await resolveNeo4jClasspath();

  for (const sub of ['conf', 'data', 'logs', 'run', 'import']) await mkdir(path.join(dir, sub), { recursive: true });
  await writeFile(
    path.join(dir, 'conf', 'neo4j.conf'),
    renderNeo4jConf({ dir, boltPort: opts.boltPort, httpPort: opts.httpPort, pageCache: opts.pageCache }),
  );
  const consoleLog = path.join(dir, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');
  const statePath = path.join(dir, STATE_FILE);
  const javaArgs = [
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
  const child = spawn('sh', ['-c', SUPERVISOR, 'sakskart-neo4j', javaBinary(), statePath, ...javaArgs], {
    stdio: ['pipe', out, out],
  });
  const boltUri = `bolt://127.0.0.1:${opts.boltPort}`;

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
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
    await waitUntilReady(boltUri, child, path.join(dir, 'logs', 'neo4j.log'), opts.startTimeoutMs);
  } catch (err) {
    await stop();
    throw err;
  }
  const javaPid = Number(readFileSafe(`${statePath}.pid`));
  const state: RunState = { javaPid, boltPort: opts.boltPort, httpPort: opts.httpPort };
  await writeFile(statePath, JSON.stringify(state));
  return { boltUri, httpUrl: `http://127.0.0.1:${opts.httpPort}`, startedHere: true, stop };
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
