import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAdminToken, tokenMatches, TOKEN_FILE } from './adminToken.js';

let home: string | undefined;
afterEach(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

describe('admin token', () => {
  it('is generated at first start into SAKSKART_HOME, readable by the owner only, and reused', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-token-'));
    const first = await resolveAdminToken({ home: path.join(home, 'data') });
    const file = path.join(home, 'data', TOKEN_FILE);
    expect(first.location).toBe(file);
    expect(first.token.length).toBeGreaterThanOrEqual(40);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.token);
    const again = await resolveAdminToken({ home: path.join(home, 'data') });
    expect(again.token).toBe(first.token);
  });

  it('SAKSKART_ADMIN_TOKEN wins and writes nothing', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'sakskart-token-'));
    const r = await resolveAdminToken({ envToken: 'from-the-environment-123', home });
    expect(r).toEqual({ token: 'from-the-environment-123', location: 'SAKSKART_ADMIN_TOKEN' });
    await expect(stat(path.join(home, TOKEN_FILE))).rejects.toThrow();
  });

  it('matches only the exact token, whatever the length of the guess', () => {
    expect(tokenMatches('abc-123', 'abc-123')).toBe(true);
    expect(tokenMatches('abc-12', 'abc-123')).toBe(false);
    expect(tokenMatches('abc-1234', 'abc-123')).toBe(false);
    expect(tokenMatches('', 'abc-123')).toBe(false);
  });
});
