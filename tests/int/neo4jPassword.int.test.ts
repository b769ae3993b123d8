import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authIniPath, setInitialPassword } from '../../graph/local/password.js';
import { resolveNeo4jClasspath } from '../../graph/local/resolveClasspath.js';

// Neo4j's own admin tool, no server: a password file the user wrote may start with '-'.
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('setting the local Neo4j password', () => {
  it("accepts a password that starts with '-' (not read as an option)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-pw-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'conf'), { recursive: true });
    await setInitialPassword(await resolveNeo4jClasspath(), dir, '-Xfoo-looks-like-an-option');
    expect(existsSync(authIniPath(dir))).toBe(true);
  }, 180_000);
});
