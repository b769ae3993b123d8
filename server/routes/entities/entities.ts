import { Router } from 'express';
import { z } from 'zod';
import { Entity, NodeId, parseNodeId, type EntityT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { displayLabel, primaryLabel, publicId, publicProps } from '../../graph/present.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { readEntity } from './queries.js';

export const EntityParams = z.object({ id: NodeId });

export function entitiesRouter(executor: Executor): Router {
  const router = Router();
  // Case ids contain "/", so the id is the rest of the path. The router has already decoded it
  // once; decoding again would break ids holding a literal "%".
  router.get(/^\/entities\/(.+)$/, async (req, res) => {
    const { id } = validate(EntityParams, { id: (req.params as Record<string, string>)[0] ?? '' });
    const { label, key } = parseNodeId(id);
    const body = await consistentBody(
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
          relationshipCounts: row.counts.filter((c) => c.count > 0),
          sources: row.sources,
        };
        return entity;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
