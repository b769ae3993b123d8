import { Router } from 'express';
import { DependencyQuery, nodeId, type DependenciesT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { validate } from '../../http/validate.js';
import { typedDependenciesRouter } from './typedDependencies.js';

const TOPICS = `
MATCH (t:Topic)<-[:ABOUT]-(c:Case)
RETURN t.key AS key, t.name AS name, count(DISTINCT c) AS cases ORDER BY cases DESC, name`;

// Two topics depend on each other as often as cases are about both.
const LINKS = `
MATCH (t1:Topic)<-[:ABOUT]-(c:Case)-[:ABOUT]->(t2:Topic)
WHERE t1.key < t2.key
WITH t1, t2, collect(DISTINCT c.id) AS cases
WHERE size(cases) >= $minWeight
RETURN t1.key AS source, t2.key AS target, size(cases) AS weight, cases
ORDER BY weight DESC, source, target`;

export function dependenciesRouter(executor: Executor): Router {
  const router = Router();
  router.get('/topics/dependencies', async (req, res) => {
    const q = validate(DependencyQuery, req.query);
    const [topics, links] = await Promise.all([
      executor.read(TOPICS, {}, 'dependencies'),
      executor.read(LINKS, { minWeight: q.minWeight }, 'dependencies'),
    ]);
    const body: DependenciesT = {
      topics: topics.map((t) => ({ id: nodeId('Topic', String(t.key)), name: String(t.name), cases: Number(t.cases) })),
      links: links.map((l) => ({
        source: nodeId('Topic', String(l.source)),
        target: nodeId('Topic', String(l.target)),
        weight: Number(l.weight),
        cases: (l.cases as string[]).map((c) => nodeId('Case', c)),
      })),
    };
    res.json(body);
  });
  router.use(typedDependenciesRouter(executor));
  return router;
}
