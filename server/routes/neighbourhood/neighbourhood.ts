import { Router } from 'express';
import { Elements, NeighbourhoodQuery, type ElementsT, type NeighbourhoodQueryT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { edgeSourcesHandler } from './edgeSources.js';
import { explore } from './explore.js';
import { applySummary, planSummary, protectedIds, SUMMARY_ABOVE } from './summary.js';
import { summaryFacets } from './summaryFacets.js';

/** The neighbourhood as drawn first: past SUMMARY_ABOVE drawn nodes, in summary groups (see summary.ts). */
async function summarised(executor: Executor, q: NeighbourhoodQueryT, all: ElementsT): Promise<ElementsT> {
  if (q.fold === 'none') return all;
  const protect = protectedIds(all, q.ids);
  const drawn = all.nodes.reduce((s, n) => s + 1 + (n.data.folded?.length ?? 0), 0);
  if (drawn <= SUMMARY_ABOVE) return all;
  const facets = await summaryFacets(
    executor,
    all.nodes.map((n) => n.data.id).filter((id) => !protect.has(id)),
  );
  return applySummary(all, planSummary(all, protect, facets, SUMMARY_ABOVE), new Set(q.open ?? []));
}

export function neighbourhoodRouter(executor: Executor): Router {
  const router = Router();
  // The neighbourhoods people open are few (a committee, a topic, the case they are reading) and each
  // is a function of its query and the graph: a big one (a committee at depth 2 reads thousands of
  // relationships) is built once per graph version, then served as ready JSON. The whole
  // neighbourhood is kept apart from its summaries, so opening a group does not read it again.
  const answers = answerCache(executor);
  router.get('/neighbourhood', async (req, res) => {
    const q = validate(NeighbourhoodQuery, req.query);
    const { open: _open, ...whole } = q;
    const json = await answers(`neighbourhood ${JSON.stringify(q)}`, async () => {
      const all = JSON.parse(
        await answers(`explored ${JSON.stringify(whole)}`, () =>
          consistentBody(Elements, () => explore(executor, whole), req.log),
        ),
      ) as ElementsT;
      return summarised(executor, q, all);
    });
    res.type('application/json').send(json);
  });
  router.get('/edges/sources', edgeSourcesHandler(executor));
  return router;
}
