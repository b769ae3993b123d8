import { Router } from 'express';
import { z } from 'zod';
import type { Executor } from '../../../graph/executor.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { atomFeed } from './atom.js';
import { feedEntries, feedTitle } from './queries.js';

export const FeedParams = z.object({
  scope: z.enum(['topics', 'committees', 'organizations']),
  key: z.string().min(1).max(120),
});

/** Atom feeds, mounted at /feeds: /feeds/topics/{key}.atom, /feeds/committees/{key}.atom, /feeds/organizations/{key}.atom. */
export function feedsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/:scope/:file', async (req, res) => {
    const file = String(req.params.file);
    if (!file.endsWith('.atom')) throw new NotFoundError(`Feeds end in .atom: ${req.path}`);
    const { scope, key } = validate(FeedParams, { scope: req.params.scope, key: file.slice(0, -'.atom'.length) });
    const name = await feedTitle(executor, scope, key);
    if (!name) throw new NotFoundError(`No ${scope.slice(0, -1)} with key "${key}"`);
    const entries = await feedEntries(executor, scope, key);
    const base = `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
    res.type('application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(atomFeed({ scope, key, name, base, entries }));
  });
  return router;
}
