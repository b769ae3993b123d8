import { Router } from 'express';
import {
  DependencyMap,
  DependencyMapQuery,
  DependencyTraversal,
  DependencyTraverseQuery,
  parseNodeId,
  type DependencyMapT,
  type DependencyTraversalT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { traverse } from './chain.js';
import { actorIds, buildDependencyMap } from './dependencyMap.js';
import { readCooccurrence, readDependencyRows, readEndName, readOrgNames } from './queries.js';

async function dependencyMap(
  executor: Executor,
  at: string | undefined,
  kinds: string[] | undefined,
  withCooccurrence: boolean,
  role: 'main' | 'any' = 'any',
): Promise<DependencyMapT> {
  const [rows, co] = await Promise.all([
    readDependencyRows(executor, at, kinds),
    withCooccurrence ? readCooccurrence(executor, at, role) : Promise.resolve([]),
  ]);
  return buildDependencyMap(rows, await readOrgNames(executor, actorIds(rows)), co);
}

/** Typed, evidenced dependencies between topics (and cases), and traversals over them. */
export function typedDependenciesRouter(executor: Executor): Router {
  const router = Router();
  router.get('/dependencies/map', async (req, res) => {
    const q = validate(DependencyMapQuery, req.query);
    const body = await consistentBody(
      DependencyMap,
      () => dependencyMap(executor, q.at, q.kinds, !q.kinds || q.kinds.includes('co-occurrence'), q.role),
      req.log,
    );
    res.json(body);
  });
  router.get('/dependencies/traverse', async (req, res) => {
    const q = validate(DependencyTraverseQuery, req.query);
    const body = await consistentBody(
      DependencyTraversal,
      async () => {
        const map = await dependencyMap(executor, q.at, q.kinds ?? ['prerequisite', 'builds-on'], false);
        const { label, key } = parseNodeId(q.from);
        const name = map.nodes.find((n) => n.id === q.from)?.name ?? (await readEndName(executor, label, key));
        if (!name) throw new NotFoundError(`Unknown topic or case: ${q.from}`);
        const body: DependencyTraversalT = {
          from: { id: q.from, name },
          direction: q.direction,
          reached: traverse(map, q.from, q.direction, q.depth, q.lang),
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
