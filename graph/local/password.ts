import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { javaBinary } from './prerequisites.js';

const run = promisify(execFile);

/** The user Neo4j creates; Community Edition has no other way to get an admin. */
export const LOCAL_USER = 'neo4j';

/**
 * Neo4j 5 wants at least 8 characters. Hex (24 random bytes, 48 characters) needs no quoting and
 * never starts with '-', which command lines (neo4j-admin, a user's cypher-shell -p) read as an option.
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

/**
 * The password of the local Neo4j, created on first use in `file` (mode 0600, readable only by the
 * user, so their own scripts and Neo4j Browser can use it).
 */
export async function ensurePasswordFile(file: string): Promise<{ password: string; created: boolean }> {
  if (existsSync(file)) {
    const password = (await readFile(file, 'utf8')).trim();
    if (password.length < 8) throw new Error(`${file} holds no usable password (at least 8 characters).`);
    return { password, created: false };
  }
  await mkdir(path.dirname(file), { recursive: true });
  const password = generatePassword();
  // 'wx': a second process starting at the same moment must not overwrite the first one's password.
  try {
    await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return ensurePasswordFile(file);
    throw err;
  }
  return { password, created: true };
}

export async function readPasswordFile(file: string): Promise<string | undefined> {
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : undefined;
}

/**
 * `neo4j-admin dbms set-initial-password`, run from the classpath: it writes data/dbms/auth.ini,
 * which Neo4j applies at start while the `neo4j` user still has its default password. That covers
 * both a new store and one created by earlier Sakskart versions (auth off, password never set), so
 * the password is in place before the first connection is possible.
 */
export async function setInitialPassword(classpath: string, dir: string, password: string): Promise<void> {
  try {
    // '--': a password of the user's own that starts with '-' is still the password, not an option.
    const args = ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password];
    await run(javaBinary(), args, {
      env: { ...process.env, NEO4J_HOME: dir, NEO4J_CONF: path.join(dir, 'conf') },
      timeout: 120_000,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`Could not set the local Neo4j's initial password: ${(e.stderr || e.stdout || e.message).trim()}`);
  }
  // The file holds a salted hash, still nobody else's business.
  await chmod(path.join(dir, 'data', 'dbms', 'auth.ini'), 0o600).catch(() => {});
}

export function authIniPath(dir: string): string {
  return path.join(dir, 'data', 'dbms', 'auth.ini');
}
