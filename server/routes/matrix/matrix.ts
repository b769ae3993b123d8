import { Router } from 'express';
import { countStances, Matrix, MatrixQuery, nodeId, type MatrixT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { readMatrix } from './queries.js';

export function matrixRouter(executor: Executor): Router {
  const router = Router();
  // Every visitor of the matrix asks the same few questions: answered once per graph version.
  const answers = answerCache(executor);
  router.get('/matrix', async (req, res) => {
    const q = validate(MatrixQuery, req.query);
    const json = await answers(`matrix ${JSON.stringify(q)}`, () =>
      consistentBody(
        Matrix,
        async () => {
          const rows = await readMatrix(executor, q);
          const orgs = new Map<string, { name: string; total: number }>();
          const topics = new Map<string, { name: string; total: number }>();
          const body: MatrixT = { organizations: [], topics: [], cells: [] };
          const add = (m: typeof orgs, id: string, name: string, n: number) =>
            m.set(id, { name, total: (m.get(id)?.total ?? 0) + n });
          for (const r of rows) {
            const o = nodeId('Organization', String(r.organization));
            const t = nodeId('Topic', String(r.topic));
            // Sorted: the same graph gives the same answer byte for byte, whatever order Neo4j reads it in.
            const statements = (r.statements as string[]).sort().map((s) => nodeId('Statement', s));
            add(orgs, o, String(r.organizationName), statements.length);
            add(topics, t, String(r.topicName), statements.length);
            body.cells.push({
              organization: o,
              topic: t,
              count: statements.length,
              statements,
              stances: countStances(r.stances as unknown[]),
            });
          }
          // Rows and columns ordered by how much they hold, the busiest first.
          const ordered = (m: typeof orgs) =>
            [...m]
              .sort(([, a], [, b]) => b.total - a.total || a.name.localeCompare(b.name))
              .map(([id, { name }]) => ({ id, name }));
          body.organizations = ordered(orgs);
          body.topics = ordered(topics);
          return body;
        },
        req.log,
      ),
    );
    res.type('application/json').send(json);
  });
  return router;
}
