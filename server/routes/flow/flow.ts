import { Router } from 'express';
import { Flow, FlowQuery, type FlowT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { caseExists, flowCaseIds, flowDetails, topicExists } from './queries.js';
import { stable } from '../../graph/stableOrder.js';
import { shapeReferred } from './referred.js';
import { pageFlow } from './page.js';

/** The main committees always get a lane, in the order a matter usually travels. */
const MAIN_LANES = ['NUFA', 'NUIT', 'EHELSESTYRE', 'EHELSERAD'];

export function flowRouter(executor: Executor): Router {
  const router = Router();
  // A topic's flow is the same for every visitor until the next ingest: built once per version.
  const answers = answerCache(executor);
  router.get('/flow', async (req, res) => {
    const q = validate(FlowQuery, req.query);
    const json = await answers(`flow ${JSON.stringify(q)}`, async () => {
      if (q.topic && !(await topicExists(executor, q.topic))) throw new NotFoundError(`Unknown topic "${q.topic}"`);
      if (q.case && !(await caseExists(executor, q.case))) throw new NotFoundError(`Unknown case "${q.case}"`);
      return consistentBody(
        Flow,
        async () => {
          const ids = await flowCaseIds(executor, q);
          const d = await flowDetails(executor, ids);
          const cases = (d.cases as unknown as FlowT['cases']).sort(
            (a, b) =>
              (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
              a.committee.localeCompare(b.committee) ||
              a.number.localeCompare(b.number),
          );
          const shaped = shapeReferred(
            d.referred,
            d.links as unknown as FlowT['links'],
            d.planned as unknown as FlowT['planned'],
            new Set(ids),
          );
          const used = new Set([
            ...cases.map((c) => c.committee),
            ...shaped.planned.map((p) => p.committee),
            ...shaped.referred.map((r) => r.committee),
          ]);
          const lanes = (d.lanes as FlowT['lanes'])
            .filter((l) => MAIN_LANES.includes(l.committee) || used.has(l.committee))
            .sort((a, b) => (MAIN_LANES.indexOf(a.committee) + 1 || 99) - (MAIN_LANES.indexOf(b.committee) + 1 || 99));
          const page = pageFlow(
            {
              cases,
              links: stable(shaped.links, (l) => [l.from, l.to, l.kind, l.quote ?? '']),
              planned: stable(shaped.planned, (p) => [p.from, p.committee, p.date ?? '', p.quote ?? '']),
              referred: stable(shaped.referred, (r) => [r.from, r.to, r.direction, r.quote ?? '']),
            },
            q,
          );
          // The committee filter narrows the lanes too; every other lane stays, also when empty.
          const body: FlowT = {
            lanes: q.committees ? lanes.filter((l) => q.committees!.includes(l.committee)) : lanes,
            ...page,
          };
          return body;
        },
        req.log,
      );
    });
    res.type('application/json').send(json);
  });
  return router;
}
