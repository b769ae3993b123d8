import { Router } from 'express';
import { Elements, NeighbourhoodQuery } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { edgeSourcesHandler } from './edgeSources.js';
import { explore } from './explore.js';

export function neighbourhoodRouter(executor: Executor): Router {
  const router = Router();
  router.get('/neighbourhood', async (req, res) => {
    const q = validate(NeighbourhoodQuery, req.query);
    res.json(await consistentBody(Elements, () => explore(executor, q), req.log));
  });
  router.get('/edges/sources', edgeSourcesHandler(executor));
  return router;
}
