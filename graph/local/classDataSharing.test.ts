import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classArchivePath, classDataSharing } from './classDataSharing.js';
import { javaBinary } from './prerequisites.js';

const run = promisify(execFile);
let dir: string;
let classpath: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-cds-'));
  classpath = path.join(dir, 'classes');
  await mkdir(path.join(dir, 'run'), { recursive: true });
  await mkdir(classpath);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('class data sharing for the local Neo4j', () => {
  it('asks the JVM to write an archive when there is none', async () => {
    const archive = classArchivePath(dir, classpath);
    expect(await classDataSharing(javaBinary(), dir, classpath)).toEqual([`-XX:ArchiveClassesAtExit=${archive}`]);
  });

  it('uses an archive that checks out whole, and removes a truncated one instead of crashing the JVM', async () => {
    const archive = classArchivePath(dir, classpath);
    // A real archive, as a JVM writes it when it exits.
    await run(javaBinary(), [`-XX:ArchiveClassesAtExit=${archive}`, '-cp', classpath, '-version']);
    expect(existsSync(archive)).toBe(true);
    expect(await classDataSharing(javaBinary(), dir, classpath)).toEqual([`-XX:SharedArchiveFile=${archive}`]);

    // A JVM killed while writing it leaves part of it.
    const whole = await readFile(archive);
    await rm(archive, { force: true });
    await writeFile(archive, whole.subarray(0, Math.floor(whole.length / 2)));
    const logged: string[] = [];
    expect(await classDataSharing(javaBinary(), dir, classpath, (m) => logged.push(m))).toEqual([
      `-XX:ArchiveClassesAtExit=${archive}`,
    ]);
    expect(existsSync(archive)).toBe(false);
    expect(logged.join()).toMatch(/damaged or stale/);
  });

  it('names the archive for the classpath, so another Neo4j version writes its own', () => {
    expect(classArchivePath(dir, '/a.jar')).not.toBe(classArchivePath(dir, '/b.jar'));
  });
});
