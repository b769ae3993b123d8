import { Router } from 'express';
import { Elements, NeighbourhoodQuery } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { edgeSourcesHandler } from './edgeSources.js';
import { explore } from './explore.js';

export function neighbourhoodRouter(executor: Executor): Router {
  const router = Router();
  // The neighbourhoods people open are few (a committee, a topic, the case they are reading) and each
  // is a function of its query and the graph: a big one (a committee at depth 2 reads thousands of
  // relationships) is built once per graph version, then served as ready JSON.
  const answers = answerCache(executor);
  router.get('/neighbourhood', async (req, res) => {
    const q = validate(NeighbourhoodQuery, req.query);
    const json = await answers(`neighbourhood ${JSON.stringify(q)}`, () =>
      consistentBody(Elements, () => explore(executor, q), req.log),
    );
    res.type('application/json').send(json);
  });
  router.get('/edges/sources', edgeSourcesHandler(executor));
  return router;
}
