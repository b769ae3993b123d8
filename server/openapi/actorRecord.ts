import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as api from '../../graph/api/index.js';
import { ActorParams } from '../routes/actors/actors.js';

/** An actor's record: its statements grouped by year, topic or committee, paged by cursor. */
export function registerActorRecordPaths(
  registry: OpenAPIRegistry,
  ok: (schema: z.ZodType, description: string) => RouteConfig['responses'],
): void {
  const query = z.object({
    group: api.RecordGrouping.optional().meta({ description: 'Group by year (default), topic or committee' }),
    key: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: `Only the statements of this group (a key from \`groups\`; "${api.NO_GROUP}" for none)` }),
    stance: api.StanceParam,
    limit: z.number().int().min(1).max(200).optional().meta({ description: 'Statements per page (default 20)' }),
    cursor: z
      .string()
      .max(600)
      .regex(/^k[A-Za-z0-9_-]{4,}$/)
      .optional()
      .meta({ description: 'The `nextCursor` of the page before; pages stay stable while documents are loaded' }),
  });
  for (const [path, who] of [
    ['organizations', 'an organisation'],
    ['persons', 'a person'],
  ] as const)
    registry.registerPath({
      method: 'get',
      path: `/api/${path}/{id}/statements`,
      summary: `The statements ${who} raised, newest first: grouped, counted by stance, paged`,
      description:
        '`total` is what every page together holds (after `stance` and `key`); `groups` count the statements per year, topic or committee after `stance`, each statement in exactly one group.',
      request: { params: ActorParams, query },
      responses: ok(api.ActorStatements, 'One page of the record, with its groups'),
    });
}
