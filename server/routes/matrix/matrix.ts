import { Router } from 'express';
import { Matrix, MatrixQuery, nodeId, type MatrixT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { readMatrix } from './queries.js';

export function matrixRouter(executor: Executor): Router {
  const router = Router();
  router.get('/matrix', async (req, res) => {
    const q = validate(MatrixQuery, req.query);
    const body = await consistentBody(
      Matrix,
      async () => {
        const rows = await readMatrix(executor, q);
        const orgs = new Map<string, string>();
        const topics = new Map<string, string>();
        const body: MatrixT = { organizations: [], topics: [], cells: [] };
        for (const r of rows) {
          const o = nodeId('Organization', String(r.organization));
          const t = nodeId('Topic', String(r.topic));
          orgs.set(o, String(r.organizationName));
          topics.set(t, String(r.topicName));
          const statements = (r.statements as string[]).map((s) => nodeId('Statement', s));
          body.cells.push({ organization: o, topic: t, count: statements.length, statements });
        }
        // Rows and columns ordered by how much they hold, the busiest first.
        const total = (key: 'organization' | 'topic', id: string) =>
          body.cells.filter((c) => c[key] === id).reduce((n, c) => n + c.count, 0);
        body.organizations = [...orgs]
          .map(([id, name]) => ({ id, name }))
          .sort((a, b) => total('organization', b.id) - total('organization', a.id) || a.name.localeCompare(b.name));
        body.topics = [...topics]
          .map(([id, name]) => ({ id, name }))
          .sort((a, b) => total('topic', b.id) - total('topic', a.id) || a.name.localeCompare(b.name));
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
