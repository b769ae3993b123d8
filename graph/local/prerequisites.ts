import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Neo4j 5.26 runs on Java 17 and 21; fail with a message a newcomer can act on. */
export async function checkJava(java = javaBinary()): Promise<void> {
  let out: string;
  try {
    const r = await run(java, ['-version']);
    out = `${r.stderr}${r.stdout}`;
  } catch {
    throw new Error(`Java 17+ not found (tried "${java}"). Install a JDK 17 or 21, or set JAVA_HOME.`);
  }
  const major = parseJavaMajor(out);
  if (major === undefined || major < 17) {
    throw new Error(
      `Java 17+ not found: "${java} -version" reports ${out.split('\n')[0]}. Set JAVA_HOME to a JDK 17 or 21.`,
    );
  }
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export async function checkPortFree(port: number, what: string, envVar: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Error(
      `port ${port} in use: cannot start the local Neo4j ${what} there. Stop what uses it or set ${envVar}.`,
    );
  }
}

/** Asks the OS for a free loopback port (used for throw-away test instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
