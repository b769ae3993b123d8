import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Executor } from '../../graph/executor.js';
import { readGraphVersion } from '../../graph/version.js';

/** Changes with every start, so a new server (new code, new response shapes) never answers 304. */
const BOOT = Date.now().toString(36);

/**
 * Weak ETags for GET /api/*: every answer is a function of the URL and the graph, so the graph
 * version (bumped by each ingest) plus the URL identifies it. A browser that sends the ETag back
 * gets 304 without any query running. The version itself is read at most once per `ttlMs`, so
 * the check costs no query per request; an ingest shows up within that time.
 */
export function graphVersionEtag(executor: Executor, ttlMs = 1500): RequestHandler & { invalidate(): void } {
  let cached: { version: number; at: number } | undefined;
  let pending: Promise<number> | undefined;
  const version = async (): Promise<number> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.version;
    pending ??= readGraphVersion(executor).finally(() => (pending = undefined));
    const v = await pending;
    cached = { version: v, at: Date.now() };
    return v;
  };
  const handler: RequestHandler = async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let v: number;
    try {
      v = await version();
    } catch {
      return next(); // database down: the route itself answers with a problem
    }
    const url = createHash('sha1').update(req.originalUrl).digest('base64url').slice(0, 16);
    const etag = `W/"${BOOT}-${v}-${url}"`;
    res.setHeader('ETag', etag);
    // Revalidate every time: cheap (a 304), and never a stale answer after an ingest.
    res.setHeader('Cache-Control', 'no-cache');
    const sent = req.headers['if-none-match'];
    if (sent && sent.split(',').some((t) => t.trim() === etag)) {
      res.status(304).end();
      return;
    }
    next();
  };
  // A write through this server (upload, removal) forgets the cached version at once: the page that
  // made the change asks again right after, and a 304 from the old version would hide the change.
  return Object.assign(handler, {
    invalidate: () => {
      cached = undefined;
    },
  });
}
