import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { sendProblem } from '../../http/problem.js';

export const TOKEN_FILE = 'admin-token';

/**
 * The token that guards writes: SAKSKART_ADMIN_TOKEN when set, else one generated on first start
 * into SAKSKART_HOME (readable by the owner only) and reused afterwards.
 */
export async function resolveAdminToken(opts: {
  envToken?: string;
  home: string;
}): Promise<{ token: string; location: string }> {
  if (opts.envToken) return { token: opts.envToken, location: 'SAKSKART_ADMIN_TOKEN' };
  const file = path.resolve(opts.home, TOKEN_FILE);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) {
      await chmod(file, 0o600);
      return { token: existing, location: file };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(opts.home, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // a umask cannot widen it, but an existing empty file kept its mode
  return { token, location: file };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when `given` is the token; compared in constant time (hashing first evens out lengths). */
export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** Refuses a request without `Authorization: Bearer <token>` with 401 problem+json. */
export function requireAdmin(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (token && match && tokenMatches(match[1]!, token)) return next();
    res.setHeader('WWW-Authenticate', 'Bearer realm="sakskart"');
    sendProblem(res, {
      type: 'https://sakskart.no/problems/admin-token-required',
      title: 'Unauthorized',
      status: 401,
      detail: !token
        ? 'Writing is disabled: the server has no admin token.'
        : match
          ? 'The admin token is wrong.'
          : 'Adding or removing documents needs the admin token: send Authorization: Bearer <token>.',
      instance: req.originalUrl,
    });
  };
}
