import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHomePrivate } from './privateHome.js';

const before = process.umask();
afterEach(() => void process.umask(before));

describe('makeHomePrivate', () => {
  it('makes the folder 0700 and what is written afterwards 0600', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'sakskart-private-'));
    const home = path.join(base, 'home');
    try {
      process.umask(0o022);
      expect(await makeHomePrivate(home, {})).toBe(true);
      expect((await stat(home)).mode & 0o777).toBe(0o700);
      await writeFile(path.join(home, 'server.log'), 'x');
      expect((await stat(path.join(home, 'server.log'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('leaves modes alone with SAKSKART_PRIVATE_HOME=0', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'sakskart-private-'));
    try {
      process.umask(0o022);
      expect(await makeHomePrivate(base, { SAKSKART_PRIVATE_HOME: '0' })).toBe(false);
      expect(process.umask()).toBe(0o022);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
