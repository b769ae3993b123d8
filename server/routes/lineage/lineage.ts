import { Router } from 'express';
import { Lineage } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { readLineage } from './queries.js';

export function lineageRouter(executor: Executor): Router {
  const router = Router();
  // The same small answer for every visitor until the graph changes.
  const answers = answerCache(executor);
  router.get('/lineage', async (req, res) => {
    const json = await answers('lineage', () => consistentBody(Lineage, () => readLineage(executor), req.log));
    res.type('application/json').send(json);
  });
  return router;
}
