import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const NEO4J_POM = fileURLToPath(new URL('../../neo4j/pom.xml', import.meta.url));

/**
 * Resolves the Neo4j server classpath with Maven (downloading on first use into ~/.m2) and caches
 * it next to the pom, keyed by the pom's hash, so warm starts never run Maven.
 */
export async function resolveNeo4jClasspath(pom = NEO4J_POM): Promise<string> {
  const pomText = await readFile(pom, 'utf8');
  const key = createHash('sha256').update(pomText).digest('hex').slice(0, 16);
  const targetDir = path.join(path.dirname(pom), 'target');
  const cacheFile = path.join(targetDir, `classpath-${key}.txt`);
  if (existsSync(cacheFile)) {
    const cached = (await readFile(cacheFile, 'utf8')).trim();
    if (cached && cached.split(path.delimiter).every((jar) => existsSync(jar))) return cached;
  }
  await mkdir(targetDir, { recursive: true });
  try {
    await run(
      process.env.MVN ?? 'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
      { maxBuffer: 16 * 1024 * 1024, timeout: 20 * 60_000 },
    );
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new Error('Maven (mvn) not found: install Maven 3.8+ or set MVN to its path.');
    const detail = `${e.stdout ?? ''}${e.stderr ?? ''}`
      .split('\n')
      .filter((l) => l.includes('ERROR'))
      .slice(0, 3)
      .join(' ')
      // Maven colours its output even with -B on some terminals.
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;]*m/g, '');
    throw new Error(`Maven could not resolve Neo4j from ${pom}: ${detail || e.message}`);
  }
  return (await readFile(cacheFile, 'utf8')).trim();
}
