import { Router } from 'express';
import { Dependencies, DependencyQuery, nodeId, type DependenciesT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { typedDependenciesRouter } from './typedDependencies.js';

// Every topic, also one without cases yet: the views offer it and say it has none.
const TOPICS = `
MATCH (t:Topic)
OPTIONAL MATCH (t)<-[a:ABOUT]-(c:Case) WHERE $role = 'any' OR coalesce(a.role, 'main') = 'main'
RETURN t.key AS key, t.name AS name, count(DISTINCT c) AS cases ORDER BY cases DESC, name`;

// Two topics depend on each other as often as cases are about both.
const LINKS = `
MATCH (t1:Topic)<-[a1:ABOUT]-(c:Case)-[a2:ABOUT]->(t2:Topic)
WHERE t1.key < t2.key
  AND ($role = 'any' OR (coalesce(a1.role, 'main') = 'main' AND coalesce(a2.role, 'main') = 'main'))
WITH t1, t2, collect(DISTINCT c.id) AS cases
WHERE size(cases) >= $minWeight
RETURN t1.key AS source, t2.key AS target, size(cases) AS weight, cases
ORDER BY weight DESC, source, target`;

export function dependenciesRouter(executor: Executor): Router {
  const router = Router();
  // Co-occurrence counts over every case: the same for every visitor until the next ingest.
  const answers = answerCache(executor);
  const build = async (q: ReturnType<typeof DependencyQuery.parse>): Promise<DependenciesT> => {
    const [topics, links] = await Promise.all([
      executor.read(TOPICS, { role: q.role }, 'dependencies'),
      executor.read(LINKS, { minWeight: q.minWeight, role: q.role }, 'dependencies'),
    ]);
    return {
      topics: topics.map((t) => ({ id: nodeId('Topic', String(t.key)), name: String(t.name), cases: Number(t.cases) })),
      links: links.map((l) => ({
        source: nodeId('Topic', String(l.source)),
        target: nodeId('Topic', String(l.target)),
        weight: Number(l.weight),
        cases: (l.cases as string[]).sort().map((c) => nodeId('Case', c)),
      })),
    };
  };
  router.get('/topics/dependencies', async (req, res) => {
    const q = validate(DependencyQuery, req.query);
    const json = await answers(`dependencies ${JSON.stringify(q)}`, () =>
      consistentBody(Dependencies, () => build(q), req.log),
    );
    res.type('application/json').send(json);
  });
  router.use(typedDependenciesRouter(executor));
  return router;
}
