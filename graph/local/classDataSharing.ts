import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The archive of one data folder and classpath (another Neo4j version makes another one). */
export function classArchivePath(dir: string, classpath: string): string {
  const key = createHash('sha256').update(classpath).digest('hex').slice(0, 12);
  return path.join(dir, 'run', `classes-${key}.jsa`);
}

/**
 * JVM options for class data sharing. The first start of a data folder has the JVM write the
 * classes it loaded (Neo4j's and the Cypher planner's, ~130 MB) into an archive when it stops;
 * later starts map the archive instead of loading and verifying those classes again (warm start
 * 9.6 → 7.0 s on two cores: Neo4j 6.4 → 4.7 s, first queries 2.0 → 1.0 s).
 *
 * A JVM killed while writing leaves a truncated archive, and mapping one crashes the JVM (SIGBUS),
 * so an archive is first checked whole (CRC of every region, `-version` with it: ~0.3 s) and
 * removed, to be written again, when the check fails.
 */
export async function classDataSharing(
  java: string,
  dir: string,
  classpath: string,
  log: (msg: string) => void = () => {},
): Promise<string[]> {
  const archive = classArchivePath(dir, classpath);
  if (existsSync(archive)) {
    try {
      await run(
        java,
        [`-XX:SharedArchiveFile=${archive}`, '-Xshare:on', '-XX:+VerifySharedSpaces', '-cp', classpath, '-version'],
        {
          timeout: 30_000,
        },
      );
      return [`-XX:SharedArchiveFile=${archive}`];
    } catch {
      log(`The class archive ${archive} is damaged or stale; Neo4j writes a new one when it stops.`);
      await rm(archive, { force: true });
    }
  }
  return [`-XX:ArchiveClassesAtExit=${archive}`];
}
