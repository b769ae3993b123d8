import { Router } from 'express';
import { z } from 'zod';
import { Entity, NodeId, parseNodeId, type EntityT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { displayLabel, primaryLabel, publicId, publicProps } from '../../graph/present.js';
import { stable } from '../../graph/stableOrder.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { readEntity } from './queries.js';

export const EntityParams = z.object({ id: NodeId });

export function entitiesRouter(executor: Executor): Router {
  const router = Router();
  // A details panel is opened again and again (a committee, the case in focus) and each opening
  // counts every relationship of the node: counted once per graph version instead.
  const answers = answerCache(executor, { maxBytes: 8 * 1024 * 1024 });
  // Case ids contain "/", so the id is the rest of the path. The router has already decoded it
  // once; decoding again would break ids holding a literal "%".
  router.get(/^\/entities\/(.+)$/, async (req, res) => {
    const { id } = validate(EntityParams, { id: (req.params as Record<string, string>)[0] ?? '' });
    const { label, key } = parseNodeId(id);
    const json = await answers(`entity ${label}:${key}`, () =>
      consistentBody(
        Entity,
        async () => {
          const row = await readEntity(executor, label, key);
          if (!row) throw new NotFoundError(`No ${label} with key "${key}"`);
          const kind = primaryLabel(row.labels)!;
          const entity: EntityT = {
            id: publicId(row),
            kind,
            label: displayLabel(kind, row.props),
            properties: publicProps(row.props),
            relationshipCounts: stable(
              row.counts.filter((c) => c.count > 0),
              (c) => [c.type, c.direction],
            ),
            sources: row.sources,
          };
          return entity;
        },
        req.log,
      ),
    );
    res.type('application/json').send(json);
  });
  return router;
}
