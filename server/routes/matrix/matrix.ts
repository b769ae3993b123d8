import { Router } from 'express';
import { countStances, Matrix, MatrixQuery, nodeId, type MatrixT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { laneMembers, todaysBody } from '../lineage/lanes.js';
import { readLineage } from '../lineage/queries.js';
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
          // "As today's bodies": a committee with its predecessors, an organisation under its successor.
          const lineage = q.bodies === 'today' ? await readLineage(executor) : undefined;
          const committees = q.committee ? (lineage ? laneMembers(lineage, q.committee) : [q.committee]) : undefined;
          const rows = await readMatrix(executor, { ...q, ...(committees ? { committees } : {}) });
          const orgs = new Map<string, { name: string; total: number }>();
          const topics = new Map<string, { name: string; total: number }>();
          const body: MatrixT = { organizations: [], topics: [], cells: [] };
          const add = (m: typeof orgs, id: string, name: string, n: number) =>
            m.set(id, { name, total: (m.get(id)?.total ?? 0) + n });
          const cells = new Map<string, { organization: string; topic: string; stanceOf: Map<string, unknown> }>();
          for (const r of rows) {
            const today = lineage ? todaysBody(lineage, String(r.organization)) : String(r.organization);
            const o = nodeId('Organization', today);
            const orgName =
              today === String(r.organization)
                ? String(r.organizationName)
                : lineage!.bodies.find((b) => b.key === today)!.name;
            const t = nodeId('Topic', String(r.topic));
            // Sorted: the same graph gives the same answer byte for byte, whatever order Neo4j reads it in.
            const statements = (r.statements as string[]).sort().map((s) => nodeId('Statement', s));
            add(orgs, o, orgName, statements.length);
            add(topics, t, String(r.topicName), statements.length);
            // A statement id with its stance: cells of two bodies folded into today's one count each once.
            const stances = r.stances as unknown[];
            const cell = cells.get(`${o}|${t}`) ?? { organization: o, topic: t, stanceOf: new Map<string, unknown>() };
            statements.forEach((s, i) => cell.stanceOf.set(s, stances[i]));
            cells.set(`${o}|${t}`, cell);
          }
          body.cells = [...cells.values()].map(({ organization, topic, stanceOf }) => {
            const statements = [...stanceOf.keys()].sort();
            return {
              organization,
              topic,
              count: statements.length,
              statements,
              stances: countStances(statements.map((s) => stanceOf.get(s))),
            };
          });
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
