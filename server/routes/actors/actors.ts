import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  ActorStatements,
  ActorStatementsQuery,
  nodeId,
  stanceOf,
  type ActorStatementsT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { readPageDetails, readRecord, type ActorLabel } from './queries.js';
import { pageRecord } from './record.js';

export const ActorParams = z.object({ id: z.string().min(1).max(200) });

const PATHS: Record<ActorLabel, string> = { Organization: 'organizations', Person: 'persons' };

/** GET /api/organizations/{id}/statements and /api/persons/{id}/statements: an actor's record, grouped and paged. */
export function actorsRouter(executor: Executor): Router {
  const router = Router();
  const handle = (label: ActorLabel) => async (req: Request, res: import('express').Response) => {
    const { id } = validate(ActorParams, req.params);
    const q = validate(ActorStatementsQuery, req.query);
    const body = await consistentBody(
      ActorStatements,
      async () => {
        const record = await readRecord(executor, label, id);
        if (!record) throw new NotFoundError(`No ${label} with id "${id}"`);
        const page = pageRecord(record.rows, {
          group: q.group,
          limit: q.limit,
          ...(q.key !== undefined && { key: q.key }),
          ...(q.stance && { stances: q.stance }),
          ...(q.cursor && { cursor: q.cursor }),
        });
        const details = new Map(
          (
            await readPageDetails(
              executor,
              page.rows.map((r) => r.id),
            )
          ).map((d) => [String(d.id), d]),
        );
        const answer: ActorStatementsT = {
          actor: { id: nodeId(label, id), name: record.name, kind: label },
          group: q.group,
          key: q.key ?? null,
          total: page.total,
          groups: page.groups,
          stances: page.stances,
          statements: page.rows.map((r) => {
            const d = details.get(r.id);
            // Removed by a write since the first read: read the whole answer again.
            if (!d) throw new TypeError(`statement ${r.id} went away while its page was read`);
            return {
              id: nodeId('Statement', r.id),
              text: String(d.text ?? ''),
              kind: d.kind === 'response' ? 'response' : 'input',
              ...stanceOf(d),
              date: r.date,
              committee: r.committee,
              case: d.case ? { id: nodeId('Case', String(d.case)), title: String(d.title ?? d.case) } : null,
              topic: r.topic ? { id: nodeId('Topic', r.topic.key), name: r.topic.name } : null,
            };
          }),
          nextCursor: page.nextCursor,
        };
        return answer;
      },
      req.log,
    );
    res.json(body);
  };
  for (const label of ['Organization', 'Person'] as const) router.get(`/${PATHS[label]}/:id/statements`, handle(label));
  return router;
}
