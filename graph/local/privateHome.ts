import { chmod, mkdir } from 'node:fs/promises';

/**
 * SAKSKART_HOME holds the admin token, the Neo4j password, the store, its logs and backups:
 * private to the user running Sakskart (folder 0700, files 0600) unless SAKSKART_PRIVATE_HOME=0.
 * The umask is set for this process, so everything it writes there and every child it starts
 * (the Neo4j JVM and its store and logs) creates private files; the folder's own mode keeps
 * others out of files created before, by older versions, with wider modes.
 */
export async function makeHomePrivate(home: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.SAKSKART_PRIVATE_HOME === '0') return false;
  process.umask(0o077);
  await mkdir(home, { recursive: true, mode: 0o700 });
  await chmod(home, 0o700);
  return true;
}
